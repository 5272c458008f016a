import { describe, expect, it } from 'vitest';
import * as lexicon from './lexicon';
import { wordsOf } from './sentence-words';

describe('lexicon', () => {
  it.each([
    ['Cut cloud costs by 40%', lexicon.COST_WORDS, true],
    ['Cut latency by 40%', lexicon.COST_WORDS, false],
  ])('hasWord("%s")', (sentence, words, expected) => {
    expect(lexicon.hasWord(wordsOf(sentence), words)).toBe(expected);
  });

  it.each([
    ['Reducing build time', lexicon.REDUCTION_STEMS, true],
    ['Growing build time', lexicon.REDUCTION_STEMS, false],
  ])('hasStem("%s")', (sentence, stems, expected) => {
    expect(lexicon.hasStem(wordsOf(sentence), stems)).toBe(expected);
  });

  it('holds lower-case entries only, since words are compared lower-cased', () => {
    for (const value of Object.values(lexicon)) {
      if (value instanceof Set) for (const w of value) expect(w).toBe(w.toLowerCase());
      if (Array.isArray(value)) for (const w of value) expect(w).toBe(w.toLowerCase());
    }
  });

  it('never counts the users of a system as a headcount', () => {
    for (const w of lexicon.AUDIENCE_WORDS) expect(lexicon.PEOPLE.has(w), w).toBe(false);
  });
});
