import type { SectionKind } from '../../model/candidate-document';
import { AUDIENCE_WORDS, BULLET_VERBS, METRIC_WORDS, PHRASE_STOPS, REVENUE_WORDS, TEMPORAL_ADVERBS } from './lexicon';
import { linkBaselines, type LinkedNumber } from './link-baselines';
import { scanNumbers } from './number-tokens';
import { firstWordEndingAfter, firstWordStartingAt, isBlank, sentenceContext, type SentenceContext, type Word } from './sentence-words';

/** One number in one sentence, with what every rule needs to judge it. */
export interface Candidate extends LinkedNumber {
  ctx: SentenceContext;
  section: SectionKind;
  /**
   * Index of the nearest word before the number and of the nearest word after it, found once on
   * first use: every rule looks at the same few words, by index, without building lists.
   */
  leftIndex?: number;
  rightIndex?: number;
  phrase?: Word[];
}

const LEFT_WINDOW = 8;
const RIGHT_WINDOW = 6;

/** The numbers of one sentence, linked into claims, each with the sentence's words. */
export function candidatesOf(text: string, section: SectionKind): Candidate[] {
  const ctx = sentenceContext(text);
  const out: Candidate[] = [];
  for (const linked of linkBaselines(text, scanNumbers(text))) {
    out.push({
      token: linked.token,
      baseline: linked.baseline,
      target: linked.target,
      compared: linked.compared,
      countedAfter: linked.countedAfter,
      per: linked.per,
      ctx,
      section,
      // Declared now, filled on first use: adding them later would give each candidate a new shape.
      leftIndex: undefined,
      rightIndex: undefined,
      phrase: undefined,
    });
  }
  return out;
}

function leftIndex(c: Candidate): number {
  c.leftIndex ??= firstWordEndingAfter(c.ctx.words, c.token.start) - 1;
  return c.leftIndex;
}

function rightIndex(c: Candidate): number {
  c.rightIndex ??= firstWordStartingAt(c.ctx.words, c.token.end);
  return c.rightIndex;
}

/** The k-th word before the number (0 = adjacent, at most 7), or undefined. */
export function wordBefore(c: Candidate, k = 0): Word | undefined {
  return k < LEFT_WINDOW ? c.ctx.words[leftIndex(c) - k] : undefined;
}

/** The k-th word after the number (0 = adjacent, at most 5), or undefined. */
export function wordAfter(c: Candidate, k = 0): Word | undefined {
  return k < RIGHT_WINDOW ? c.ctx.words[rightIndex(c) + k] : undefined;
}

/** Up to `n` (at most 8) words before the number, nearest first. */
export function before(c: Candidate, n: number): Word[] {
  const out: Word[] = [];
  for (let k = 0; k < n; k++) {
    const w = wordBefore(c, k);
    if (!w) break;
    out.push(w);
  }
  return out;
}

/** Up to `n` (at most 6) words after the number, nearest first. */
export function after(c: Candidate, n: number): Word[] {
  const out: Word[] = [];
  for (let k = 0; k < n; k++) {
    const w = wordAfter(c, k);
    if (!w) break;
    out.push(w);
  }
  return out;
}

/** Is a word of the lexicon among the `left` words before or the `right` words after? */
export function nearHasWord(c: Candidate, lexicon: ReadonlySet<string>, left = LEFT_WINDOW, right = RIGHT_WINDOW): boolean {
  const words = c.ctx.words;
  const l = leftIndex(c);
  const r = rightIndex(c);
  for (let k = 0; k < left && k < LEFT_WINDOW && l - k >= 0; k++) if (lexicon.has(words[l - k].lower)) return true;
  for (let k = 0; k < right && k < RIGHT_WINDOW && r + k < words.length; k++) if (lexicon.has(words[r + k].lower)) return true;
  return false;
}

function hasStemOf(word: Word, stems: readonly string[]): boolean {
  for (const stem of stems) if (word.lower.startsWith(stem)) return true;
  return false;
}

/** Does a word among the `left` words before or the `right` words after start with one of the stems? */
export function nearHasStem(c: Candidate, stems: readonly string[], left = LEFT_WINDOW, right = RIGHT_WINDOW): boolean {
  const words = c.ctx.words;
  const l = leftIndex(c);
  const r = rightIndex(c);
  for (let k = 0; k < left && k < LEFT_WINDOW && l - k >= 0; k++) if (hasStemOf(words[l - k], stems)) return true;
  for (let k = 0; k < right && k < RIGHT_WINDOW && r + k < words.length; k++) if (hasStemOf(words[r + k], stems)) return true;
  return false;
}

/** Words on both sides of the number: the clause a keyword must sit in to describe it. */
export function around(c: Candidate, left = LEFT_WINDOW, right = RIGHT_WINDOW): Word[] {
  return before(c, left).concat(after(c, right));
}

/** The word printed right before the number, when only spaces separate them. */
export function adjacentWordBefore(c: Candidate): { word: Word; original: string } | undefined {
  const word = wordBefore(c);
  if (!word) return undefined;
  if (c.token.start - word.end > 2) return undefined;
  if (!isBlank(c.ctx.text, word.end, c.token.start)) return undefined;
  return { word, original: c.ctx.text.slice(word.start, word.end) };
}

/**
 * The noun phrase a bare number counts ("17 packages", "20 global automotive markets"): up to four
 * words after it, stopping at punctuation, prepositions and participles. Empty when nothing follows.
 */
export function countedPhrase(c: Candidate): Word[] {
  c.phrase ??= readCountedPhrase(c);
  return c.phrase;
}

/** "from" in the languages a from-to pair is read in ("usuarios de 1.200 a 9.800", "Nutzer von 40 auf 300"). */
const FROM_WORDS = new Set(['from', 'de', 'del', 'desde', 'von', 'vom', 'du']);
/** Hedges allowed between "from" and the first number: "from roughly 300 to 40". */
const FROM_HEDGES = new Set(['roughly', 'about', 'around', 'approximately', 'nearly', 'almost', 'over', 'just', 'some']);

/** A word that names what a pair counts: a plural noun ("deployments"), an audience, revenue or a metric. */
function isCountedNoun(w: Word): boolean {
  if (w.isNumber || PHRASE_STOPS.has(w.lower) || BULLET_VERBS.has(w.lower)) return false;
  if (AUDIENCE_WORDS.has(w.lower) || REVENUE_WORDS.has(w.lower) || METRIC_WORDS.has(w.lower)) return true;
  return w.lower.length >= 4 && w.lower.endsWith('s') && !w.lower.endsWith('ss') && !w.lower.endsWith('ous');
}

/**
 * "grew weekly users from 1,200 to 9,800": a from-to pair with nothing counted after it counts the noun
 * printed right before "from".
 */
function nounBeforeFrom(c: Candidate): Word[] {
  for (let k = 0; k < 3; k++) {
    const w = wordBefore(c, k);
    if (!w) return [];
    if (FROM_WORDS.has(w.lower)) {
      const noun = wordBefore(c, k + 1);
      return noun && !w.breakBefore && isCountedNoun(noun) ? [noun] : [];
    }
    if (!FROM_HEDGES.has(w.lower)) return [];
  }
  return [];
}

/** A from-to pair ("from A to B"), as opposed to a versus or a range: A is its own baseline. */
function isFromToPair(c: Candidate): boolean {
  return c.compared && c.target !== undefined && c.baseline === c.token.text;
}

function readCountedPhrase(c: Candidate): Word[] {
  const phrase = readPhraseAfter(c);
  return phrase.length === 0 && isFromToPair(c) ? nounBeforeFrom(c) : phrase;
}

function readPhraseAfter(c: Candidate): Word[] {
  const phrase: Word[] = [];
  const from = c.countedAfter ?? c.token.end;
  // The four words after the number (or after the target it is counted after), read in place.
  const words = c.ctx.words;
  const first = c.countedAfter === undefined ? rightIndex(c) : firstWordStartingAt(words, from);
  for (let k = 0; k < 4 && first + k < words.length; k++) {
    const w = words[first + k];
    // "70,000+ monthly users": a leading adverb of time qualifies the noun that follows.
    if (phrase.length === 0 && TEMPORAL_ADVERBS.has(w.lower)) continue;
    if (w.isNumber || PHRASE_STOPS.has(w.lower)) break;
    if (k === 0 && !isBlank(c.ctx.text, from, w.start)) break;
    if (k > 0 && w.breakBefore) break;
    // Participles and adverbs end the noun phrase: "3 companies founded", "2,000 employees globally".
    if (phrase.length > 0 && (w.lower.endsWith('ed') || w.lower.endsWith('ing') || w.lower.endsWith('ly'))) break;
    phrase.push(w);
  }
  return phrase;
}
