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
    ['Grew weekly active users from 1,200 to 9,800 (8x)', '1,200', ['users']],
    ['Cut open incidents from roughly 40 to 3', '40', ['incidents']],
    ['Usuarios de 1.200 a 9.800', '1.200', ['usuarios']],
    ['Went from 3 to 5', '3', []],
    ['Scaled the team from 3 to 12', '3', []],
    ['Trimmed deployments, from 30 to 5', '30', []],
    ['Compared models 3 vs 5', '3', []],
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
