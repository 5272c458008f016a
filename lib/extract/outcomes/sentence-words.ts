import { isWhitespaceCode } from '../../text/whitespace-code';
export interface Word {
  lower: string;
  start: number;
  end: number;
  isNumber: boolean;
  /** True when punctuation (not just spaces) separates this word from the one before. */
  breakBefore: boolean;
}

// Joiners: ' ’ - . , / + % &, by character code, so no one-character string is looked up per boundary.
function isJoinerCode(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 45 || code === 46 || code === 44 || code === 47 || code === 43 || code === 37 || code === 38;
}

// A constant, not a literal in the function: a literal is a new object at every evaluation (every letter of a text in another script).
const LETTER = /\p{L}/u;

// Per-character checks stay local: a call through another module's binding costs more than the check.
function isAlnumAt(s: string, i: number): boolean {
  if (i >= s.length) return false;
  const code = s.charCodeAt(i);
  if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return true;
  // Superscripts belong to their word: "R²", "m³".
  return code > 127 && (code === 0xb2 || code === 0xb3 || code === 0xb9 || LETTER.test(s[i]));
}

function onlySpaces(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = s.charCodeAt(i);
    if (code !== 32 && code !== 9 && code !== 0xa0 && code !== 0x202f) return false;
  }
  return true;
}

/** Words with offsets: runs of letters and digits, joined by inner apostrophes, hyphens, dots. */
export function wordsOf(s: string): Word[] {
  const words: Word[] = [];
  let i = 0;
  let previousEnd = 0;
  while (i < s.length) {
    if (!isAlnumAt(s, i)) {
      i++;
      continue;
    }
    const start = i;
    // Most words are already lower case: only the others are copied again to lower them.
    let lowered = true;
    // Each character's code is read once, lower-case letters and digits (most of a word) tested first.
    for (; ; i++) {
      const code = s.charCodeAt(i);
      if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) continue;
      if ((code >= 65 && code <= 90) || (code > 127 && isAlnumAt(s, i))) lowered = false;
      // A joiner has no case: it leaves the word as lower as it was.
      else if (!isJoinerCode(code) || !isAlnumAt(s, i + 1)) break;
    }
    if (s[i] === '%' || s[i] === '+') i++;
    const text = s.slice(start, i);
    words.push({
      lower: lowered ? text : text.toLowerCase(),
      start,
      end: i,
      isNumber: text.charCodeAt(0) <= 57,
      breakBefore: words.length === 0 || !onlySpaces(s, previousEnd, start),
    });
    previousEnd = i;
  }
  return words;
}

export interface SentenceContext {
  text: string;
  words: Word[];
  /**
   * Sentence-wide answers, computed once: a rule asking for every number stays linear. Made on the
   * first question, since most sentences' numbers are settled without one.
   */
  memo: Map<object, boolean> | undefined;
}

export function sentenceContext(text: string): SentenceContext {
  return { text, words: wordsOf(text), memo: undefined };
}

function remember(ctx: SentenceContext, key: object, answer: boolean): boolean {
  (ctx.memo ??= new Map()).set(key, answer);
  return answer;
}

/** Does any word of the sentence belong to the lexicon? Asked once per sentence and lexicon. */
export function sentenceHasWord(ctx: SentenceContext, lexicon: ReadonlySet<string>): boolean {
  const answer = ctx.memo?.get(lexicon);
  if (answer !== undefined) return answer;
  for (const w of ctx.words) if (lexicon.has(w.lower)) return remember(ctx, lexicon, true);
  return remember(ctx, lexicon, false);
}

/** Does any word of the sentence start with one of the stems? */
export function sentenceHasStem(ctx: SentenceContext, stems: readonly string[]): boolean {
  const answer = ctx.memo?.get(stems);
  if (answer !== undefined) return answer;
  for (const w of ctx.words) for (const stem of stems) if (w.lower.startsWith(stem)) return remember(ctx, stems, true);
  return remember(ctx, stems, false);
}

/** Does the sentence text match the pattern (a pattern without the g flag)? */
export function sentenceMatches(ctx: SentenceContext, pattern: RegExp): boolean {
  const answer = ctx.memo?.get(pattern);
  return answer ?? remember(ctx, pattern, pattern.test(ctx.text));
}

/** Index of the first word that ends after `offset` (the word holding it, or the next one). */
export function firstWordEndingAfter(words: Word[], offset: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first word that starts at or after `offset` (words.length when none). */
export function firstWordStartingAt(words: Word[], offset: number): number {
  const k = firstWordEndingAfter(words, offset);
  // A word holding the offset starts before it: the next one is the first after.
  return k < words.length && words[k].start < offset ? k + 1 : k;
}

/** Only whitespace (what String.prototype.trim removes) between `from` and `to`; read in place, no copy. */
export function isBlank(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = s.charCodeAt(i);
    if (code === 32 || (code >= 9 && code <= 13)) continue;
    if (!isWhitespaceCode(code)) return false;
  }
  return true;
}
