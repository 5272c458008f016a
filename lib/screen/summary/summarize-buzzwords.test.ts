import { describe, expect, it } from 'vitest';
import { buzzword } from '../test-support/evidence-builders';
import { describeBuzzwordDensity } from '../../model/buzzword-density';
import { summarizeBuzzwords } from './summarize-buzzwords';

describe('summarizeBuzzwords', () => {
  it('stores the density per 100 words, as the panel prints it: 2 buzzwords in 521 words is 0.4, not 38%', () => {
    const summary = summarizeBuzzwords([buzzword('synergy'), buzzword('strategic')], 521, 3);
    expect(describeBuzzwordDensity(summary.density)).toBe('0.4 per 100 words');
  });

  it('counts terms, density per 100 words and the ratio to concrete evidence', () => {
    const evidence = [buzzword('cutting-edge'), buzzword('synergy'), buzzword('cutting-edge')];
    const summary = summarizeBuzzwords(evidence, 200, 4);
    expect(summary).toMatchObject({
      count: 3,
      density: 1.5,
      ratio: 0.75,
      terms: [
        { term: 'cutting-edge', count: 2 },
        { term: 'synergy', count: 1 },
      ],
    });
    expect(summary.evidenceIds).toHaveLength(3);
  });

  it.each([
    ['no words', 0, 0, 0, 1],
    ['no concrete evidence divides by one', 100, 0, 1, 1],
    ['plenty of evidence', 100, 10, 1, 0.1],
  ])('%s', (_name, words, concrete, density, ratio) => {
    const summary = summarizeBuzzwords([buzzword('synergy')], words, concrete);
    expect(summary.density).toBe(density);
    expect(summary.ratio).toBe(ratio);
  });
});
