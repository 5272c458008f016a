import { describe, expect, it } from 'vitest';
import { numericCore } from './numeric-core';
import { compareSets, precisionRecallF1 } from './precision-recall';

describe('numericCore', () => {
  it.each([
    ['$2.3M', '2.3'],
    ['2,000', '2000'],
    ['∼49x', '49'],
    ['893±130', '893'],
    ['40%', '40'],
    ['0.910', '0.91'],
    ['1.0', '1'],
    ['no digits', undefined],
  ])('%s -> %s', (token, core) => expect(numericCore(token)).toBe(core));
});

describe('precisionRecallF1', () => {
  it('scores a partial match', () => {
    const { counts, extra, missed } = compareSets(new Set(['a', 'b', 'x']), new Set(['a', 'b', 'c', 'd']));
    expect({ extra, missed }).toEqual({ extra: ['x'], missed: ['c', 'd'] });
    const r = precisionRecallF1(counts);
    expect(r.precision).toBeCloseTo(2 / 3);
    expect(r.recall).toBeCloseTo(0.5);
    expect(r.f1).toBeCloseTo(4 / 7);
  });
  it('treats nothing expected and nothing found as perfect', () => {
    expect(precisionRecallF1({ truePositives: 0, falsePositives: 0, falseNegatives: 0 }).f1).toBe(1);
  });
});
