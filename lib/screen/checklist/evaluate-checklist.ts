import type { ChecklistResult } from '../../model/screening';
import type { RolePreset } from '../role-presets';
import type { ScreenFacts } from '../screen-facts';
import type { Check, CheckOptions } from './check-result';
import { CHECKS } from './checks';

/** Each must-have tool is worth this many weight units, next to the preset's 100. */
const MUST_HAVE_WEIGHT = 8;
// An item we cannot judge earns a share of its weight: neither a reward nor a penalty for a thin page.
const UNKNOWN_SHARE = 0.25;

interface WeightedCheck {
  check: Check;
  weight: number;
}

/**
 * Runs the preset's items and the must-have tools. On a thin or incomplete document a failed item
 * becomes `unknown`: absence of evidence on a half-read profile proves nothing. Points are on the
 * 0-100 scale of the final score.
 */
export function evaluateChecklist(f: ScreenFacts, preset: RolePreset, mustHave: Check[]): ChecklistResult[] {
  const weighted: WeightedCheck[] = [
    ...preset.items.map((i) => ({ check: CHECKS[i.check], weight: i.weight })),
    ...mustHave.map((check) => ({ check, weight: MUST_HAVE_WEIGHT })),
  ];
  const total = weighted.reduce((sum, w) => sum + w.weight, 0);
  const options: CheckOptions = { requireMl: !preset.machineLearningOptional };
  return weighted.map(({ check, weight }) => {
    let outcome = check.run(f, options);
    if (outcome.status === 'fail' && f.thin) {
      outcome = { ...outcome, status: 'unknown', reason: `${outcome.reason} The document describes too little work to tell.`, ruleId: 'too-little-work' };
    }
    const share = outcome.status === 'pass' ? 1 : outcome.status === 'unknown' ? UNKNOWN_SHARE : 0;
    return {
      id: check.id,
      label: check.label,
      status: outcome.status,
      points: Math.round(((weight * share) / total) * 1000) / 10,
      reason: outcome.reason,
      evidenceIds: outcome.evidenceIds,
      ruleId: `${check.id}.${outcome.ruleId ?? outcome.status}`,
      ...(outcome.searched !== undefined ? { searched: outcome.searched } : {}),
    };
  });
}
