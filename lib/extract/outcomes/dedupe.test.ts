import { describe, expect, it } from 'vitest';
import { ClaimDeduper, isDescribingWord, jaccard, sentenceWordSet, singular } from './dedupe';
import { wordsOf } from './sentence-words';

const describingWords = (s: string) =>
  wordsOf(s)
    .filter(isDescribingWord)
    .map((w) => singular(w.lower));
const claim = (s: string, head?: string) => [sentenceWordSet(wordsOf(s)), () => ({ near: describingWords(s), head })] as const;

describe('ClaimDeduper', () => {
  it('drops the same claim repeated in a near-identical sentence', () => {
    const d = new ClaimDeduper();
    expect(d.admit('$337K', ...claim('Replaced $337K in annual vendor translation costs with an LLM pipeline'))).toBe(true);
    expect(d.admit('$337K', ...claim('Replaced $337K in annual vendor translation costs with an LLM pipeline.'))).toBe(false);
  });
  it('drops the same number described by the same words in another sentence', () => {
    const d = new ClaimDeduper();
    expect(d.admit('$337K', ...claim('LLM pipelines that eliminated $337K in vendor cost at a startup'))).toBe(true);
    expect(d.admit('$337K', ...claim('Replaced $337K in annual vendor translation costs'))).toBe(false);
  });
  it('keeps the same number when it describes different things', () => {
    const d = new ClaimDeduper();
    expect(d.admit('2x', ...claim('2x open rates'))).toBe(true);
    expect(d.admit('2x', ...claim('Drove 2x approved opportunities for sales'))).toBe(true);
  });
  it('drops a count of the same thing', () => {
    const d = new ClaimDeduper();
    expect(d.admit('500+', ...claim('the algorithms behind 500+ real-world deliveries', 'delivery'))).toBe(true);
    expect(d.admit('500+', ...claim('Shipped the platform: 500+ successful deliveries', 'delivery'))).toBe(false);
    expect(d.admit('500+', ...claim('Shipped the platform: 500+ stores', 'store'))).toBe(true);
  });
  it('measures overlap of word sets', () => {
    expect(jaccard(new Set(['a', 'b']), new Set(['b', 'c']))).toBeCloseTo(1 / 3);
  });
  it('reads a bounded number of words from a long sentence', () => {
    expect(sentenceWordSet(wordsOf('w'.repeat(3) + ' x'.repeat(10_000) + ' tail')).has('tail')).toBe(false);
  });
  it('describes a claim by its content words, singular', () => {
    expect(describingWords('cut 40% of the vendor costs')).toEqual(['vendor', 'cost']);
  });
});
