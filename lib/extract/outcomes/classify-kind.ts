import type { OutcomeKind } from '../../model/evidence';
import type { AcceptRule } from './accept';
import { after, around, type Candidate } from './candidate';
import {
  COST_WORDS, LATENCY_KIND_WORDS, QUALITY_WORDS, RATE_TAILS, REDUCTION_STEMS, REVENUE_WORDS,
  SCALE_WORDS, TIME_SAVED_WORDS, UPTIME_WORDS, hasStem, hasWord,
} from './lexicon';
import type { Word } from './sentence-words';
import { isShortTimeUnit } from './units';

const SPEED_WORDS = new Set(['throughput', 'speedup', 'speed-up', 'speedups', 'speed', 'qps', 'rps', 'tps']);

/** "12M requests/day", "10k+ requests per second", "100 customers daily": a count per unit of time. */
function isPerTime(words: readonly Word[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const w = words[k].lower;
    const slash = w.lastIndexOf('/');
    if (slash > 0 && RATE_TAILS.has(w.slice(slash + 1))) return true;
    if (w === 'daily' || w === 'hourly' || w === 'monthly' || w === 'weekly' || w === 'annually') return true;
    if ((w === 'per' || w === 'a' || w === 'each' || w === 'every') && RATE_TAILS.has(words[k + 1]?.lower ?? '')) return true;
  }
  return false;
}

function moneyKind(near: readonly Word[]): OutcomeKind {
  if (hasWord(near, REVENUE_WORDS)) return 'revenue';
  if (hasWord(near, COST_WORDS) || hasStem(near, REDUCTION_STEMS)) return 'cost';
  return 'other';
}

function durationKind(c: Candidate, near: readonly Word[]): OutcomeKind {
  if (hasWord(near, TIME_SAVED_WORDS)) return 'time-saved';
  if (hasWord(near, LATENCY_KIND_WORDS)) return 'latency';
  return isShortTimeUnit(c.token.unit?.canonical ?? '') ? 'latency' : 'time-saved';
}

/** Relative figures take their kind from what they describe. */
function relativeKind(near: readonly Word[]): OutcomeKind {
  if (hasWord(near, LATENCY_KIND_WORDS)) return 'latency';
  if (hasWord(near, QUALITY_WORDS)) return 'quality';
  if (hasWord(near, COST_WORDS)) return 'cost';
  if (hasWord(near, REVENUE_WORDS)) return 'revenue';
  if (hasWord(near, TIME_SAVED_WORDS)) return 'time-saved';
  if (hasWord(near, SPEED_WORDS)) return 'throughput';
  if (hasWord(near, SCALE_WORDS)) return 'scale';
  return 'other';
}

/** Types a claim from its unit and the words of its clause. */
export function classifyKind(c: Candidate, rule: AcceptRule): OutcomeKind {
  const near = around(c);
  if (rule === 'outcome.percent' && hasWord(near, UPTIME_WORDS)) return 'uptime';
  const counts = rule === 'outcome.count' || rule === 'outcome.magnitude' || rule === 'outcome.data-size';
  if (rule === 'outcome.rate' || (counts && isPerTime(after(c, 4)))) return 'throughput';
  switch (rule) {
    case 'outcome.money': return moneyKind(near);
    case 'outcome.duration': return durationKind(c, near);
    case 'outcome.metric': return 'quality';
    case 'outcome.percent':
    case 'outcome.multiplier': return relativeKind(near);
    default: return 'scale';
  }
}
