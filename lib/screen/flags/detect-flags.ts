import type { Flag } from '../../model/screening';
import type { ScreenFacts } from '../screen-facts';
import { flagAccuracyOnly } from './flag-accuracy-only';
import { flagBuzzwordHeavy } from './flag-buzzword-heavy';
import { flagDateGaps } from './flag-date-gaps';
import { flagInflatedSkills } from './flag-inflated-skills';
import { flagJobHopping } from './flag-job-hopping';
import { flagMissingDeployment } from './flag-missing-deployment';
import { flagVagueResponsibilities } from './flag-vague-responsibilities';

const RULES = [flagMissingDeployment, flagBuzzwordHeavy, flagAccuracyOnly, flagInflatedSkills, flagVagueResponsibilities, flagJobHopping, flagDateGaps];

const SEVERITY_ORDER = { high: 0, medium: 1, low: 2 } as const;

/** Every red flag that applies, most severe first. */
export function detectFlags(f: ScreenFacts): Flag[] {
  return RULES.map((rule) => rule(f))
    .filter((flag): flag is Flag => flag !== undefined)
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}
