import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  firstWordEndingAfter,
  firstWordStartingAt,
  isBlank,
  sentenceContext,
  sentenceHasStem,
  sentenceHasWord,
  sentenceMatches,
  wordsOf,
  type Word,
} from './sentence-words';

// wordsOf as it stood before it read each character's code once; the current one must split every text
// the same way.
const LETTER = /\p{L}/u;
function previousIsAlnumAt(s: string, i: number): boolean {
  if (i >= s.length) return false;
  const code = s.charCodeAt(i);
  if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return true;
  return code > 127 && (code === 0xb2 || code === 0xb3 || code === 0xb9 || LETTER.test(s[i]));
}
function previousWordsOf(s: string): Word[] {
  const joiners = "'’-.,/+%&";
  const words: Word[] = [];
  let i = 0;
  let previousEnd = 0;
  while (i < s.length) {
    if (!previousIsAlnumAt(s, i)) {
      i++;
      continue;
    }
    const start = i;
    while (previousIsAlnumAt(s, i) || (i < s.length && joiners.includes(s[i]) && previousIsAlnumAt(s, i + 1))) i++;
    if (s[i] === '%' || s[i] === '+') i++;
    const text = s.slice(start, i);
    words.push({
      lower: text.toLowerCase(),
      start,
      end: i,
      isNumber: text.charCodeAt(0) <= 57,
      breakBefore: words.length === 0 || !/^[ \t\u00a0\u202f]*$/.test(s.slice(previousEnd, start)),
    });
    previousEnd = i;
  }
  return words;
}

// Invented text pieces that exercise every branch: case, digits, joiners, superscripts, other scripts, spaces.
const PIECES = [
  'Cut',
  'p99',
  ' ',
  '  ',
  '\u00a0',
  '\u202f',
  '\t',
  '~50%',
  '1,200',
  '$3.5M',
  'R²',
  'm³',
  '½',
  'Ü',
  'é',
  'e\u0301',
  'Развернул',
  '数据',
  'ٮ',
  '’',
  "'",
  '-',
  '.',
  ',',
  '/',
  '+',
  '%',
  '&',
  ':',
  ';',
  '(',
  'x',
  'Z',
  '\n',
];

describe('wordsOf', () => {
  it.each([
    ['Cut p99 latency by 40%.', ['cut', 'p99', 'latency', 'by', '40%']],
    ['12M requests/day, F1-score 0.87', ['12m', 'requests/day', 'f1-score', '0.87']],
    ["team's 2,000+ users", ["team's", '2,000+', 'users']],
    ['', []],
  ])('%s', (text, expected) => {
    expect(wordsOf(text).map((w) => w.lower)).toEqual(expected);
  });

  it('splits every text as the previous implementation did', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }), (pieces) => {
        const text = pieces.join('');
        return JSON.stringify(wordsOf(text)) === JSON.stringify(previousWordsOf(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('marks punctuation between words', () => {
    expect(wordsOf('users: 5 nodes').map((w) => w.breakBefore)).toEqual([true, true, false]);
  });

  it('finds the words on each side of a span', () => {
    const ctx = sentenceContext('reduced cost by 40% across 3 regions');
    const start = ctx.text.indexOf('40%');
    const token = { start, end: start + 3 };
    expect(ctx.words[firstWordEndingAfter(ctx.words, token.start) - 1].lower).toBe('by');
    expect(ctx.words[firstWordStartingAt(ctx.words, token.end)].lower).toBe('across');
    expect(firstWordStartingAt(ctx.words, token.start + 1)).toBe(ctx.words.findIndex((w) => w.lower === 'across'));
    expect(firstWordStartingAt(ctx.words, ctx.text.length)).toBe(ctx.words.length);
    expect(firstWordEndingAfter(ctx.words, 0)).toBe(0);
  });

  it('answers sentence-wide questions once and remembers them', () => {
    const ctx = sentenceContext('Reduced cost by 40%, see https://example.org');
    const lexicon = new Set(['cost']);
    expect(sentenceHasWord(ctx, lexicon)).toBe(true);
    expect(sentenceHasWord(ctx, new Set(['uptime']))).toBe(false);
    expect(sentenceHasStem(ctx, ['reduc'])).toBe(true);
    expect(sentenceMatches(ctx, /https?:/)).toBe(true);
    expect(ctx.memo?.get(lexicon)).toBe(true);
  });

  it('tells a gap of whitespace from one with a character in it', () => {
    expect(isBlank('a \u00a0\t b', 1, 5)).toBe(true);
    expect(isBlank('a - b', 1, 4)).toBe(false);
    expect(isBlank('ab', 1, 1)).toBe(true);
  });

  it('keeps offsets that point back into any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        for (const w of wordsOf(s)) expect(s.slice(w.start, w.end).toLowerCase()).toBe(w.lower);
      }),
    );
  });
});
