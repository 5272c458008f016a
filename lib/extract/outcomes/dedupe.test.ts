import { describe, expect, it } from 'vitest';
import { ClaimDeduper, jaccard, sentenceWordSet } from './dedupe';
import { wordsOf } from './sentence-words';

const words = (s: string) => sentenceWordSet(wordsOf(s));

describe('ClaimDeduper', () => {
  it('drops the same claim repeated in a near-identical sentence', () => {
    const d = new ClaimDeduper();
    expect(d.admit('$337K', words('Replaced $337K in annual vendor translation costs with an LLM pipeline'))).toBe(true);
    expect(d.admit('$337K', words('Replaced $337K in annual vendor translation costs with an LLM pipeline.'))).toBe(false);
  });
  it('keeps the same number when the sentences differ', () => {
    const d = new ClaimDeduper();
    expect(d.admit('2x', words('2x open rates'))).toBe(true);
    expect(d.admit('2x', words('Drove 2x approved opportunities for sales'))).toBe(true);
  });
  it('measures overlap of word sets', () => {
    expect(jaccard(new Set(['a', 'b']), new Set(['b', 'c']))).toBeCloseTo(1 / 3);
  });
  it('reads a bounded number of words from a long sentence', () => {
    expect(words('w'.repeat(3) + ' x'.repeat(10_000) + ' tail').has('tail')).toBe(false);
  });
});
