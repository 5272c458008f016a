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
} from './sentence-words';

describe('wordsOf', () => {
  it.each([
    ['Cut p99 latency by 40%.', ['cut', 'p99', 'latency', 'by', '40%']],
    ['12M requests/day, F1-score 0.87', ['12m', 'requests/day', 'f1-score', '0.87']],
    ["team's 2,000+ users", ["team's", '2,000+', 'users']],
    ['', []],
  ])('%s', (text, expected) => {
    expect(wordsOf(text).map((w) => w.lower)).toEqual(expected);
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
