import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../model/evidence';
import { factsOf, tool } from '../test-support/evidence-builders';
import { mustHaveChecks, toolKey } from './must-have-check';

const ML = { requireMl: true };

describe('mustHaveChecks', () => {
  it.each<[string, string, Evidence[], string]>([
    ['used at work', 'PyTorch', [tool('PyTorch', 'ml-framework')], 'pass'],
    ['spelled differently', 'pytorch', [tool('PyTorch', 'ml-framework')], 'pass'],
    ['only listed', 'Kubernetes', [tool('Kubernetes', 'container', 'listed')], 'unknown'],
    ['absent', 'Spark', [tool('PyTorch', 'ml-framework')], 'fail'],
  ])('%s', (_name, requested, evidence, status) => {
    expect(mustHaveChecks([requested])[0].run(factsOf(evidence), ML).status).toBe(status);
  });

  it('names a row by the catalogue, so that two spellings of one tool make one row', () => {
    const rows = mustHaveChecks(['ADF', 'Azure Data Factory', ' sklearn ', '', 'scikit-learn']);
    expect(rows.map((r) => r.label)).toEqual(['Must have: Azure Data Factory', 'Must have: scikit-learn']);
    expect(rows[1].run(factsOf([tool('scikit-learn', 'ml-library')]), ML).status).toBe('pass');
  });

  it('keeps a name the catalogue does not know visible as unknown, with the closest names', () => {
    const [row] = mustHaveChecks(['Kubernets']);
    expect(row.label).toBe('Must have: Kubernets');
    const outcome = row.run(factsOf([]), ML);
    expect(outcome).toMatchObject({ status: 'unknown', ruleId: 'unknown-name' });
    expect(outcome.reason).toContain('Did you mean Kubernetes');
  });

  it.each([
    ['Scikit Learn', 'scikitlearn'],
    ['C++', 'c++'],
    ['C#', 'c#'],
  ])('toolKey(%s) = %s', (name, key) => {
    expect(toolKey(name)).toBe(key);
  });
});
