import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../model/evidence';
import { factsOf, tool } from '../test-support/evidence-builders';
import { mustHaveCheck, toolKey } from './must-have-check';

describe('mustHaveCheck', () => {
  it.each<[string, string, Evidence[], string]>([
    ['used at work', 'PyTorch', [tool('PyTorch', 'ml-framework')], 'pass'],
    ['spelled differently', 'pytorch', [tool('PyTorch', 'ml-framework')], 'pass'],
    ['only listed', 'Kubernetes', [tool('Kubernetes', 'container', 'listed')], 'unknown'],
    ['absent', 'Spark', [tool('PyTorch', 'ml-framework')], 'fail'],
  ])('%s', (_name, requested, evidence, status) => {
    expect(mustHaveCheck(requested).run(factsOf(evidence), { requireMl: true }).status).toBe(status);
  });

  it('uses the catalogue name when the lookup knows the spelling', () => {
    const check = mustHaveCheck('sklearn', (n) => (n === 'sklearn' ? 'scikit-learn' : undefined));
    expect(check.label).toBe('Must have: scikit-learn');
    expect(check.run(factsOf([tool('scikit-learn', 'ml-library')]), { requireMl: true }).status).toBe('pass');
  });

  it.each([
    ['Scikit Learn', 'scikitlearn'],
    ['C++', 'c++'],
    ['C#', 'c#'],
  ])('toolKey(%s) = %s', (name, key) => {
    expect(toolKey(name)).toBe(key);
  });
});
