import type { OutcomeKind } from '../../model/evidence';
import type { AcceptRule } from './accept';
import { nearHasStem, nearHasWord, type Candidate } from './candidate';
import { BOUNDED_METRICS, MULTIPLIED_WORDS, REDUCTION_STEMS } from './lexicon';

/** A reason to doubt the number, or undefined. */
export interface PlausibilityRule {
  id: string;
  warning: string;
  applies: (c: Candidate, rule: AcceptRule, kind: OutcomeKind) => boolean;
}

const FRACTION_METRICS = new Set(['auc', 'f1', 'f1-score', 'precision', 'recall', 'ndcg', 'map', 'auroc', 'iou', 'dice', 'r2', 'r²']);

export const PLAUSIBILITY_RULES: readonly PlausibilityRule[] = [
  {
    id: 'bounded-over-100',
    warning: 'a bounded metric (accuracy, uptime, coverage, share) cannot exceed 100%',
    applies: (c, rule, kind) => rule === 'outcome.percent' && c.token.value > 100 && (kind === 'uptime' || nearHasWord(c, BOUNDED_METRICS, 4, 4)),
  },
  {
    id: 'reduction-over-100',
    warning: 'a reduction of more than 100% is impossible',
    applies: (c, rule) => rule === 'outcome.percent' && c.token.value > 100 && nearHasStem(c, REDUCTION_STEMS, 6, 3),
  },
  {
    id: 'fraction-metric-over-1',
    warning: 'this metric is between 0 and 1',
    applies: (c, rule) => rule === 'outcome.metric' && c.token.value > 1 && nearHasWord(c, FRACTION_METRICS, 3, 3),
  },
  {
    id: 'bare-multiplier',
    warning: 'a multiplier with nothing it multiplies',
    applies: (c, rule) => rule === 'outcome.multiplier' && !nearHasWord(c, MULTIPLIED_WORDS, 6, 4),
  },
  {
    id: 'absurd-precision',
    warning: 'more decimal places than such a figure can honestly carry',
    applies: (c, rule) =>
      ((rule === 'outcome.percent' || rule === 'outcome.multiplier') && c.token.decimals >= 3) || (rule === 'outcome.metric' && c.token.decimals >= 5),
  },
  {
    id: 'perfect-uptime',
    warning: '100% uptime is not a measurable claim',
    applies: (c, _rule, kind) => kind === 'uptime' && c.token.value >= 100,
  },
];

export function plausibilityWarning(c: Candidate, rule: AcceptRule, kind: OutcomeKind): string | undefined {
  for (const p of PLAUSIBILITY_RULES) if (p.applies(c, rule, kind)) return p.warning;
  return undefined;
}
