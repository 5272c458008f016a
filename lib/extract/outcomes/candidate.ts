import type { SectionKind } from '../../model/candidate-document';
import type { LinkedNumber } from './link-baselines';
import { PHRASE_STOPS, TEMPORAL_ADVERBS } from './lexicon';
import { wordsAfter, wordsBefore, type SentenceContext, type Word } from './sentence-words';

/** One number in one sentence, with what every rule needs to judge it. */
export interface Candidate extends LinkedNumber {
  ctx: SentenceContext;
  section: SectionKind;
}

export function before(c: Candidate, n: number): Word[] {
  return wordsBefore(c.ctx, c.token, n);
}

export function after(c: Candidate, n: number): Word[] {
  return wordsAfter(c.ctx, c.token, n);
}

/** Words on both sides of the number: the clause a keyword must sit in to describe it. */
export function around(c: Candidate, left = 8, right = 6): Word[] {
  return [...before(c, left), ...after(c, right)];
}

/** The word printed right before the number, when only spaces separate them. */
export function adjacentWordBefore(c: Candidate): { word: Word; original: string } | undefined {
  const [word] = before(c, 1);
  if (!word) return undefined;
  const gap = c.ctx.text.slice(word.end, c.token.start);
  if (gap.length > 2 || gap.trim() !== '') return undefined;
  return { word, original: c.ctx.text.slice(word.start, word.end) };
}

/**
 * The noun phrase a bare number counts ("17 packages", "20 global automotive markets"): up to four
 * words after it, stopping at punctuation, prepositions and participles. Empty when nothing follows.
 */
export function countedPhrase(c: Candidate): Word[] {
  const phrase: Word[] = [];
  const next = after(c, 4);
  for (let k = 0; k < next.length; k++) {
    const w = next[k];
    // "70,000+ monthly users": a leading adverb of time qualifies the noun that follows.
    if (phrase.length === 0 && TEMPORAL_ADVERBS.has(w.lower)) continue;
    if (w.isNumber || PHRASE_STOPS.has(w.lower)) break;
    if (k === 0 && c.ctx.text.slice(c.token.end, w.start).trim() !== '') break;
    if (k > 0 && w.breakBefore) break;
    if (phrase.length > 0 && (w.lower.endsWith('ed') || w.lower.endsWith('ing'))) break;
    phrase.push(w);
  }
  return phrase;
}
