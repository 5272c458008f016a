import { describe, expect, it } from 'vitest';
import { summarizeBuzzwords } from '../screen/summary/summarize-buzzwords';
import { buzzword } from '../screen/test-support/evidence-builders';
import { describeBuzzwordDensity } from './buzzword-density';

describe('describeBuzzwordDensity', () => {
  it('prints the summary density as it is stored, per 100 words: 2 buzzwords in 521 words is 0.4, not 38%', () => {
    const summary = summarizeBuzzwords([buzzword('synergy'), buzzword('strategic')], 521, 3);
    expect(describeBuzzwordDensity(summary.density)).toBe('0.4 per 100 words');
  });

  it.each([
    [0, '0.0 per 100 words'],
    [12.5, '12.5 per 100 words'],
  ])('%d -> %s', (density, text) => {
    expect(describeBuzzwordDensity(density)).toBe(text);
  });
});
