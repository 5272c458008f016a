import { countedPhrase, nearHasWord, type Candidate } from './candidate';
import { METRIC_WORDS } from './lexicon';

/** What kind of quantity makes a number a claim; each is a rule id of its own. */
export type AcceptRule =
  | 'outcome.money'
  | 'outcome.percent'
  | 'outcome.multiplier'
  | 'outcome.rate'
  | 'outcome.data-size'
  | 'outcome.duration'
  | 'outcome.magnitude'
  | 'outcome.metric'
  | 'outcome.count';

/** A plain word head: "packages", "VPC", "images/sec"; not a symbol or a number. */
const NOUN_HEAD = /^\p{L}[\p{L}'’./-]*$/u;
/** "338 Gates Computer Science", "11 Alive News": a capitalised head is a name or an address. */
const PROPER_NOUN = /^\p{Lu}\p{Ll}/u;

/**
 * Why the number reads as a quantity worth claiming, or undefined. Exclusions have already run;
 * this decides whether what is left carries a unit, a currency, a metric, or counts something.
 */
export function acceptRule(c: Candidate): AcceptRule | undefined {
  const t = c.token;
  if (t.currency) return 'outcome.money';
  switch (t.unit?.family) {
    case 'percent': return 'outcome.percent';
    case 'multiplier': return 'outcome.multiplier';
    case 'rate': return 'outcome.rate';
    case 'size': return 'outcome.data-size';
    case 'time': return 'outcome.duration';
    default: break;
  }
  if (t.magnitude) return 'outcome.magnitude';
  if (t.spread) return 'outcome.metric';
  if (t.decimals > 0 && nearHasWord(c, METRIC_WORDS, 3, 3)) return 'outcome.metric';
  if (t.decimals > 0) return undefined;
  // "incidents fell from 7 per quarter to 1": a count over a period, stated before and after.
  if (c.per) return 'outcome.count';
  const phrase = countedPhrase(c);
  const head = phrase[phrase.length - 1];
  if (!head || !NOUN_HEAD.test(head.lower)) return undefined;
  return PROPER_NOUN.test(c.ctx.text.slice(head.start, head.end)) ? undefined : 'outcome.count';
}
