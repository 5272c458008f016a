import type { OutcomeKind } from '../../model/evidence';
import type { AcceptRule } from './accept';
import { after, before, countedPhrase, nearHasStem, nearHasWord, wordAfter, wordBefore, type Candidate } from './candidate';
import {
  AUDIENCE_WORDS,
  COST_WORDS,
  FAULT_WORDS,
  LATENCY_KIND_WORDS,
  METRIC_WORDS,
  QUALITY_WORDS,
  RATE_TAILS,
  REDUCTION_STEMS,
  REVENUE_WORDS,
  SCALE_WORDS,
  TIME_SAVED_WORDS,
  UPTIME_WORDS,
  hasWord,
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

const CONJUNCTIONS = new Set(['and', 'while', 'whereas', 'but', 'enabling', 'resulting', 'leading', 'plus', 'then']);
const CLAUSE_MARKS = new Set([',', ';', '(', ')', '•', '|', '.', '!', '?']);

function clauseBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (CLAUSE_MARKS.has(text[i])) return true;
  return false;
}

/**
 * The kind named by the keyword closest to the number, looking right then left at each distance:
 * "40% faster deliveries, 99.5% safety record" types each figure by its own words.
 */
function nearestKind(c: Candidate, lexicons: readonly [OutcomeKind, ReadonlySet<string>][]): OutcomeKind | undefined {
  let leftOpen = true;
  let rightOpen = true;
  const text = c.ctx.text;
  // Words are read by distance with wordAfter and wordBefore (six after, eight before), not copied into lists.
  for (let d = 0; d < 8 && (leftOpen || rightOpen); d++) {
    // Another number, or a comma, starts another claim: its words are not this one's.
    const r = wordAfter(c, d);
    const l = wordBefore(c, d);
    if (!r || r.isNumber || CONJUNCTIONS.has(r.lower) || clauseBreak(text, d === 0 ? c.token.end : wordAfter(c, d - 1)!.end, r.start)) rightOpen = false;
    if (!l || l.isNumber || CONJUNCTIONS.has(l.lower) || clauseBreak(text, l.end, d === 0 ? c.token.start : wordBefore(c, d - 1)!.start)) leftOpen = false;
    const kind = (rightOpen && kindOfWord(r!, lexicons)) || (leftOpen && kindOfWord(l!, lexicons));
    if (kind) return kind;
  }
  return undefined;
}

function kindOfWord(w: Word, lexicons: readonly [OutcomeKind, ReadonlySet<string>][]): OutcomeKind | undefined {
  for (const [kind, lexicon] of lexicons) if (lexicon.has(w.lower)) return kind;
  return undefined;
}

/** Money that was generated is revenue; a percentage that "generated insights" is not. */
const MONEY_REVENUE_WORDS = new Set([...REVENUE_WORDS, 'generated', 'generating', 'generate', 'brought', 'closed', 'won']);
const MONEY_LEXICONS: [OutcomeKind, ReadonlySet<string>][] = [
  ['revenue', MONEY_REVENUE_WORDS],
  ['cost', COST_WORDS],
];
const RELATIVE_LEXICONS: [OutcomeKind, ReadonlySet<string>][] = [
  ['latency', LATENCY_KIND_WORDS],
  ['throughput', SPEED_WORDS],
  ['quality', QUALITY_WORDS],
  ['cost', COST_WORDS],
  ['revenue', REVENUE_WORDS],
  ['time-saved', TIME_SAVED_WORDS],
  ['scale', SCALE_WORDS],
];

function moneyKind(c: Candidate): OutcomeKind {
  return nearestKind(c, MONEY_LEXICONS) ?? (nearHasStem(c, REDUCTION_STEMS) ? 'cost' : 'other');
}

/** Counts take their kind from what they count. */
function countKind(c: Candidate): OutcomeKind {
  if (c.per) return hasWord(before(c, 4), FAULT_WORDS) ? 'quality' : 'throughput';
  // "incidents from 40 to 3": the counted noun may stand before the pair rather than after it.
  const counted = countedPhrase(c);
  const next = after(c, 4);
  if (hasWord(next, AUDIENCE_WORDS) || hasWord(counted, AUDIENCE_WORDS)) return 'scale';
  if (hasWord(next, FAULT_WORDS) || hasWord(counted, FAULT_WORDS) || hasWord(counted, METRIC_WORDS)) return 'quality';
  if (hasWord(counted, REVENUE_WORDS)) return 'revenue';
  return isPerTime(next) ? 'throughput' : 'scale';
}

function durationKind(c: Candidate): OutcomeKind {
  if (nearHasWord(c, TIME_SAVED_WORDS)) return 'time-saved';
  if (nearHasWord(c, LATENCY_KIND_WORDS)) return 'latency';
  return isShortTimeUnit(c.token.unit?.canonical ?? '') ? 'latency' : 'time-saved';
}

/** Types a claim from its unit and the words of its clause. */
export function classifyKind(c: Candidate, rule: AcceptRule): OutcomeKind {
  switch (rule) {
    case 'outcome.rate':
      return 'throughput';
    case 'outcome.money':
      return moneyKind(c);
    case 'outcome.duration':
      return durationKind(c);
    case 'outcome.metric':
      return 'quality';
    case 'outcome.percent':
      if (nearHasWord(c, UPTIME_WORDS, 4, 4)) return 'uptime';
      return nearestKind(c, RELATIVE_LEXICONS) ?? 'other';
    case 'outcome.multiplier':
      return nearestKind(c, RELATIVE_LEXICONS) ?? 'other';
    default:
      return countKind(c);
  }
}
