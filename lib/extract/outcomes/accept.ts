import { countedPhrase, nearHasWord, wordBefore, type Candidate } from './candidate';
import { METRIC_WORDS } from './lexicon';
import { sentenceHasWord } from './sentence-words';

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

/** "0.72", ".91": a value between 0 and 1 printed as a decimal. */
const FRACTION = /^0?[.,]\d+$/;

/**
 * "improved recall on high-value churners to 0.74": a metric named earlier in the same clause.
 * Only a fraction reads so far back; "recall for the 2.5 release" is a version.
 */
function metricInClause(c: Candidate): boolean {
  if (!FRACTION.test(c.token.digits)) return false;
  for (let k = 0; k < 8; k++) {
    const w = wordBefore(c, k);
    if (!w || w.isNumber) return false;
    if (METRIC_WORDS.has(w.lower)) return true;
    if (w.breakBefore) return false;
  }
  return false;
}

/** A sentence about releases, where "from 0.9 to 0.12" is a version bump. */
const VERSION_WORDS = new Set(['version', 'versions', 'release', 'releases', 'upgraded', 'upgrade', 'upgrading', 'sdk', 'bumped']);

/**
 * "faithfulness went from 0.72 to 0.91": two fractions compared are a score, whatever it is
 * called, unless they count something ("from 0.4 to 0.6 FTE") or name releases.
 */
function isComparedFraction(c: Candidate): boolean {
  if (!c.compared || c.target === undefined || !FRACTION.test(c.token.digits) || !FRACTION.test(c.target)) return false;
  return countedPhrase(c).length === 0 && !sentenceHasWord(c.ctx, VERSION_WORDS);
}

const SPEEDUP_WORDS = new Set(['speedup', 'speed-up', 'speedups', 'speed-ups']);
const SPEEDUP_LINKS = new Set(['of', 'a', 'an', 'the']);

/** "a speed-up of 12.3", "speedup of 4": a ratio written without its "x". */
function isSpeedupValue(c: Candidate): boolean {
  for (let k = 0; k < 3; k++) {
    const w = wordBefore(c, k);
    if (!w) return false;
    if (SPEEDUP_WORDS.has(w.lower)) return true;
    if (!SPEEDUP_LINKS.has(w.lower)) return false;
  }
  return false;
}

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
    case 'percent':
      return 'outcome.percent';
    case 'multiplier':
      return 'outcome.multiplier';
    case 'rate':
      return 'outcome.rate';
    case 'size':
      return 'outcome.data-size';
    case 'time':
      return 'outcome.duration';
    default:
      break;
  }
  if (t.magnitude) return 'outcome.magnitude';
  if (isSpeedupValue(c)) return 'outcome.multiplier';
  if (t.spread) return 'outcome.metric';
  if (t.decimals > 0 && !nearHasWord(c, VERSION_WORDS, 0, 2) && (nearHasWord(c, METRIC_WORDS, 3, 3) || metricInClause(c) || isComparedFraction(c))) {
    return 'outcome.metric';
  }
  if (t.decimals > 0) return undefined;
  // "incidents fell from 7 per quarter to 1": a count over a period, stated before and after.
  if (c.per) return 'outcome.count';
  const phrase = countedPhrase(c);
  const head = phrase[phrase.length - 1];
  if (!head || !NOUN_HEAD.test(head.lower)) return undefined;
  return PROPER_NOUN.test(c.ctx.text.slice(head.start, head.end)) ? undefined : 'outcome.count';
}
