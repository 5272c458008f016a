import { isDigitCode, isLetterAt, type NumberToken } from './number-tokens';

export interface Word {
  lower: string;
  start: number;
  end: number;
  isNumber: boolean;
  /** True when punctuation (not just spaces) separates this word from the one before. */
  breakBefore: boolean;
}

const JOINERS = new Set(["'", '’', '-', '.', ',', '/', '+', '%', '&']);

function isAlnumAt(s: string, i: number): boolean {
  return i < s.length && (isDigitCode(s.charCodeAt(i)) || isLetterAt(s, i));
}

function onlySpaces(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const ch = s[i];
    if (ch !== ' ' && ch !== '\t' && ch !== '\u00a0' && ch !== '\u202f') return false;
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
    while (isAlnumAt(s, i) || (JOINERS.has(s[i]) && isAlnumAt(s, i + 1))) i++;
    if (s[i] === '%' || s[i] === '+') i++;
    const text = s.slice(start, i);
    words.push({
      lower: text.toLowerCase(),
      start,
      end: i,
      isNumber: isDigitCode(text.charCodeAt(0)),
      breakBefore: words.length === 0 || !onlySpaces(s, previousEnd, start),
    });
    previousEnd = i;
  }
  return words;
}

export interface SentenceContext {
  text: string;
  lower: string;
  words: Word[];
}

export function sentenceContext(text: string): SentenceContext {
  return { text, lower: text.toLowerCase(), words: wordsOf(text) };
}

/** Index of the first word that ends after `offset` (the word holding it, or the next one). */
function firstWordEndingAfter(words: Word[], offset: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Up to `n` words before the token, nearest first. */
export function wordsBefore(ctx: SentenceContext, token: Pick<NumberToken, 'start'>, n: number): Word[] {
  const out: Word[] = [];
  for (let k = firstWordEndingAfter(ctx.words, token.start) - 1; k >= 0 && out.length < n; k--) {
    if (ctx.words[k].end <= token.start) out.push(ctx.words[k]);
  }
  return out;
}

/** Up to `n` words after the token, nearest first. */
export function wordsAfter(ctx: SentenceContext, token: Pick<NumberToken, 'end'>, n: number): Word[] {
  const out: Word[] = [];
  for (let k = firstWordEndingAfter(ctx.words, token.end); k < ctx.words.length && out.length < n; k++) {
    if (ctx.words[k].start >= token.end) out.push(ctx.words[k]);
  }
  return out;
}

/** Is the token the sentence's first word (a resume bullet starting with a number)? */
export function startsSentence(ctx: SentenceContext, token: Pick<NumberToken, 'start'>): boolean {
  return wordsBefore(ctx, token, 1).length === 0;
}
