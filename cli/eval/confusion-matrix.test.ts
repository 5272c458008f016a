import { describe, expect, it } from 'vitest';
import { confusionMatrix, formatConfusionMatrix } from './confusion-matrix';

describe('confusionMatrix', () => {
  const m = confusionMatrix(
    [
      { file: 'a.pdf', expected: 'strong', predicted: 'strong' },
      { file: 'b.pdf', expected: 'strong', predicted: 'potential' },
      { file: 'c.pdf', expected: 'potential', predicted: 'insufficient' },
      { file: 'd.pdf', expected: 'strong', predicted: 'potential' },
    ],
    ['strong', 'potential', 'pass'],
  );

  it('counts each expected value against each prediction, adding values the order lacks', () => {
    expect(m.values).toEqual(['strong', 'potential', 'pass', 'insufficient']);
    expect(m.counts.strong).toEqual({ strong: 1, potential: 2, pass: 0, insufficient: 0 });
    expect(m).toMatchObject({ agreed: 1, total: 4 });
  });

  it('lists the documents of each disagreement', () => {
    expect(m.misses).toEqual([
      { expected: 'strong', predicted: 'potential', files: ['b.pdf', 'd.pdf'] },
      { expected: 'potential', predicted: 'insufficient', files: ['c.pdf'] },
    ]);
  });

  it('prints the agreement, the matrix and the misses', () => {
    const text = formatConfusionMatrix('Verdict', m);
    expect(text.split('\n')[0]).toBe('Verdict: 1/4 agree (25.0%)');
    expect(text).toContain('strong -> potential (2): b.pdf, d.pdf');
    expect(text).not.toMatch(/^ {2}pass /m);
  });
});
