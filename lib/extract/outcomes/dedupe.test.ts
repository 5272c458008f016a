import { describe, expect, it } from 'vitest';
import { ClaimDeduper, isDescribingWord, isSameSentence, sentenceWordSet, singular } from './dedupe';
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
  it('takes sentences sharing at least 80% of their words for the same sentence', () => {
    const words = (n: number, from = 0) => new Set(Array.from({ length: n }, (_, i) => `w${i + from}`));
    expect(isSameSentence(words(10), words(10))).toBe(true);
    expect(isSameSentence(words(10), words(10, 1))).toBe(true); // 9 of 11
    expect(isSameSentence(words(10), words(10, 2))).toBe(false); // 8 of 12
    expect(isSameSentence(words(8), words(10))).toBe(true); // 8 of 10
    expect(isSameSentence(words(7), words(10))).toBe(false); // 7 of 10
    expect(isSameSentence(new Set(['a', 'b']), new Set(['b', 'c']))).toBe(false);
    expect(isSameSentence(new Set(), new Set())).toBe(true);
    expect(isSameSentence(new Set(), new Set(['a']))).toBe(false);
  });
  it('reads a bounded number of words from a long sentence', () => {
    expect(sentenceWordSet(wordsOf('w'.repeat(3) + ' x'.repeat(10_000) + ' tail')).has('tail')).toBe(false);
  });
  it('describes a claim by its content words, singular', () => {
    expect(describingWords('cut 40% of the vendor costs')).toEqual(['vendor', 'cost']);
  });
});
