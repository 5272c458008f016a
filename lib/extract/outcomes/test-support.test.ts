import { describe, expect, it } from 'vitest';
import { candidateFor } from './test-support';

describe('candidateFor', () => {
  it('finds the candidate printed as the token', () => {
    expect(candidateFor('cut cost by 40% in 2021', '40%').token.value).toBe(40);
  });
  it('throws when the token is not in the sentence, so a typo fails the test', () => {
    expect(() => candidateFor('cut cost by 40%', '41%')).toThrow();
  });
});
