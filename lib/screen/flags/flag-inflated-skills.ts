import type { Flag } from '../../model/screening';
import type { ScreenFacts } from '../screen-facts';

const LONG_LIST = 12;
const USED_SHARE = 0.3;

/** A long list of tools of which little appears in the described work. */
export function flagInflatedSkills(f: ScreenFacts): Flag | undefined {
  const listed = f.tools.filter((t) => t.usage === 'listed');
  const used = f.tools.length - listed.length;
  if (listed.length < LONG_LIST || used / f.tools.length >= USED_SHARE) return undefined;
  return {
    id: 'inflated-skills',
    severity: used === 0 ? 'medium' : 'low',
    message: `${f.tools.length} tools claimed, ${used} of them shown in experience or projects.`,
    evidenceIds: listed.flatMap((t) => t.evidenceIds.slice(0, 1)),
    searched: 'each listed tool in experience and project descriptions',
  };
}
