import type { SectionKind } from '../../model/candidate-document';
import { PHRASE_STOPS, TEMPORAL_ADVERBS } from './lexicon';
import { linkBaselines, type LinkedNumber } from './link-baselines';
import { scanNumbers } from './number-tokens';
import { sentenceContext, wordsAfter, wordsBefore, type SentenceContext, type Word } from './sentence-words';

/** One number in one sentence, with what every rule needs to judge it. */
export interface Candidate extends LinkedNumber {
  ctx: SentenceContext;
  section: SectionKind;
  /** Nearest words on each side, read once on first use: every rule looks at the same few. */
  left?: Word[];
  right?: Word[];
  phrase?: Word[];
}

const LEFT_WINDOW = 8;
const RIGHT_WINDOW = 6;

/** The numbers of one sentence, linked into claims, each with the sentence's words. */
export function candidatesOf(text: string, section: SectionKind): Candidate[] {
  const ctx = sentenceContext(text);
  return linkBaselines(text, scanNumbers(text)).map((linked) => ({
    token: linked.token,
    baseline: linked.baseline,
    target: linked.target,
    compared: linked.compared,
    countedAfter: linked.countedAfter,
    ctx,
    section,
  }));
}

/** Up to `n` (at most 8) words before the number, nearest first. */
export function before(c: Candidate, n: number): Word[] {
  c.left ??= wordsBefore(c.ctx, c.token, LEFT_WINDOW);
  return n >= c.left.length ? c.left : c.left.slice(0, n);
}

/** Up to `n` (at most 6) words after the number, nearest first. */
export function after(c: Candidate, n: number): Word[] {
  c.right ??= wordsAfter(c.ctx, c.token, RIGHT_WINDOW);
  return n >= c.right.length ? c.right : c.right.slice(0, n);
}

/** The k-th word before the number (0 = adjacent), or undefined. */
export function wordBefore(c: Candidate, k = 0): Word | undefined {
  return before(c, LEFT_WINDOW)[k];
}

/** The k-th word after the number (0 = adjacent), or undefined. */
export function wordAfter(c: Candidate, k = 0): Word | undefined {
  return after(c, RIGHT_WINDOW)[k];
}

function anyNear(c: Candidate, left: number, right: number, test: (lower: string) => boolean): boolean {
  const l = before(c, LEFT_WINDOW);
  const r = after(c, RIGHT_WINDOW);
  for (let k = 0; k < left && k < l.length; k++) if (test(l[k].lower)) return true;
  for (let k = 0; k < right && k < r.length; k++) if (test(r[k].lower)) return true;
  return false;
}

/** Is a word of the lexicon among the `left` words before or the `right` words after? */
export function nearHasWord(c: Candidate, lexicon: ReadonlySet<string>, left = LEFT_WINDOW, right = RIGHT_WINDOW): boolean {
  return anyNear(c, left, right, (w) => lexicon.has(w));
}

export function nearHasStem(c: Candidate, stems: readonly string[], left = LEFT_WINDOW, right = RIGHT_WINDOW): boolean {
  return anyNear(c, left, right, (w) => stems.some((stem) => w.startsWith(stem)));
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
  const gap = c.ctx.text.slice(word.end, c.token.start);
  if (gap.trim() !== '') return undefined;
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

function readCountedPhrase(c: Candidate): Word[] {
  const phrase: Word[] = [];
  const from = c.countedAfter ?? c.token.end;
  const next = c.countedAfter === undefined ? after(c, 4) : wordsAfter(c.ctx, { end: from }, 4);
  for (let k = 0; k < next.length; k++) {
    const w = next[k];
    // "70,000+ monthly users": a leading adverb of time qualifies the noun that follows.
    if (phrase.length === 0 && TEMPORAL_ADVERBS.has(w.lower)) continue;
    if (w.isNumber || PHRASE_STOPS.has(w.lower)) break;
    if (k === 0 && c.ctx.text.slice(from, w.start).trim() !== '') break;
    if (k > 0 && w.breakBefore) break;
    // Participles and adverbs end the noun phrase: "3 companies founded", "2,000 employees globally".
    if (phrase.length > 0 && (w.lower.endsWith('ed') || w.lower.endsWith('ing') || w.lower.endsWith('ly'))) break;
    phrase.push(w);
  }
  return phrase;
}
