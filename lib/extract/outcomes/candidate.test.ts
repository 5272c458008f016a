import { describe, expect, it } from 'vitest';
import { adjacentWordBefore, countedPhrase } from './candidate';
import { candidateFor } from './test-support';

describe('countedPhrase', () => {
  it.each([
    ['Extended support to 20 global automotive markets', '20', ['global', 'automotive', 'markets']],
    ['Served 70,000+ monthly users', '70,000+', ['users']],
    ['Prevented 7 bugs from being released', '7', ['bugs']],
    ['Founded 3 companies founded on data', '3', ['companies']],
    ['Grew to 12, then more', '12', []],
    ['Managed 3: clusters', '3', []],
  ])('%s', (sentence, token, words) => {
    expect(countedPhrase(candidateFor(sentence, token)).map((w) => w.lower)).toEqual(words);
  });
});

describe('adjacentWordBefore', () => {
  it('returns the word right before the number', () => {
    expect(adjacentWordBefore(candidateFor('Certified ISO 27001', '27001'))?.original).toBe('ISO');
  });
  it('returns nothing across punctuation', () => {
    expect(adjacentWordBefore(candidateFor('Users: 27001', '27001'))).toBeUndefined();
  });
});
