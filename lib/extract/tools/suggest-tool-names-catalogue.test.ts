import { describe, expect, it } from 'vitest';
import { suggestToolNames } from './suggest-tool-names';

describe('suggestToolNames on catalogue names a must-have uses', () => {
  it.each([
    ['Kubernetes', 'Kubernetes'],
    ['k8s', 'Kubernetes'],
    ['ADF', 'Azure Data Factory'],
    ['azure data factory', 'Azure Data Factory'],
    ['sklearn', 'scikit-learn'],
  ])('%s is the catalogue’s %s', (typed, canonical) => {
    expect(suggestToolNames(typed)).toEqual({ canonical, suggestions: [] });
  });

  it.each([
    ['Kubernets', 'Kubernetes'],
    ['Pytroch', 'PyTorch'],
    ['Tensorflo', 'TensorFlow'],
    ['Snowflak', 'Snowflake'],
  ])('suggests %s -> %s first', (typed, first) => {
    const check = suggestToolNames(typed);
    expect(check.canonical).toBeUndefined();
    expect(check.suggestions[0]).toBe(first);
    expect(check.suggestions.length).toBeLessThanOrEqual(3);
  });

  it.each(['Zq', 'Quantum Abacus Pro', 'xyzzyplugh'])('offers nothing close for %s', (typed) => {
    expect(suggestToolNames(typed)).toEqual({ suggestions: [] });
  });
});
