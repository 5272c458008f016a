import type { Flag } from '../../model/screening';
import type { ScreenFacts } from '../screen-facts';
import { PRODUCTION_SEARCHED } from '../summary/summarize-production';

/** No concrete statement of shipping or operating a system: only words, or nothing at all. */
export function flagMissingDeployment(f: ScreenFacts): Flag | undefined {
  const { level, evidenceIds } = f.production;
  if (level === 'specified' || level === 'quantified') return undefined;
  return {
    id: 'missing-deployment',
    severity: level === 'none' ? 'high' : 'medium',
    message:
      level === 'none'
        ? 'No evidence of deploying or running anything in production.'
        : `Production is only mentioned (${evidenceIds.length} vague statement${evidenceIds.length === 1 ? '' : 's'}), never what was shipped or with what.`,
    evidenceIds,
    searched: PRODUCTION_SEARCHED,
  };
}
