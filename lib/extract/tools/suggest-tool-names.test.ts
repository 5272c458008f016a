import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundedEditDistance, suggestToolNames } from './suggest-tool-names';

describe('suggestToolNames', () => {
  it.each([
    ['Kubernetes', 'Kubernetes'],
    ['k8s', 'Kubernetes'],
    ['ADF', 'Azure Data Factory'],
    ['  pytorch ', 'PyTorch'],
    ['Scikit Learn', 'scikit-learn'],
  ])('a known spelling %j resolves to %j', (typed, canonical) => {
    expect(suggestToolNames(typed)).toEqual({ canonical, suggestions: [] });
  });

  it.each([
    ['Kubernets', 'Kubernetes'],
    ['Pytroch', 'PyTorch'],
    ['Tensorflw', 'TensorFlow'],
    ['MLFlwo', 'MLflow'],
  ])('a typo %j suggests %j first', (typed, first) => {
    const check = suggestToolNames(typed);
    expect(check.canonical).toBeUndefined();
    expect(check.suggestions[0]).toBe(first);
    expect(check.suggestions.length).toBeLessThanOrEqual(3);
  });

  it.each(['Underwater basket weaving', 'Qz', 'xyzzyplugh', ''])('suggests nothing for %j', (typed) => {
    expect(suggestToolNames(typed)).toEqual({ suggestions: [] });
  });

  it('suggests each tool once, by its canonical name, even when several of its aliases are close', () => {
    const { suggestions } = suggestToolNames('Kubernetis');
    expect(suggestions.filter((name) => name === 'Kubernetes')).toHaveLength(1);
  });
});

describe('boundedEditDistance', () => {
  it.each([
    ['kitten', 'sitting', 5, 3],
    ['abc', 'abc', 2, 0],
    ['abc', '', 5, 3],
    ['kubernets', 'kubernetes', 2, 1],
    ['abcdef', 'uvwxyz', 2, 3],
    ['pytroch', 'pytorch', 2, 1],
    ['a', 'abcdef', 2, 3],
  ])('%s -> %s within %d is %d', (a, b, limit, expected) => {
    expect(boundedEditDistance(a, b, limit)).toBe(expected);
  });

  it('stopping early never changes the answer within the limit', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 8 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 4 }), (a, b, limit) => {
        expect(boundedEditDistance(a, b, limit)).toBe(Math.min(boundedEditDistance(a, b, 99), limit + 1));
      }),
    );
  });
});
