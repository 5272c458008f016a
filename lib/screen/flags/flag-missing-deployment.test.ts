import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../model/evidence';
import { factsOf, production } from '../test-support/evidence-builders';
import { flagMissingDeployment } from './flag-missing-deployment';

describe('flagMissingDeployment', () => {
  it.each<[string, Evidence[], string | undefined]>([
    ['nothing about production', [], 'high'],
    ['production only mentioned', [production('mentioned', 'mlops', 'Familiar with MLOps.')], 'medium'],
    ['a specified deployment', [production('specified', 'serving', 'Deployed a ranking model behind FastAPI on EKS.')], undefined],
    ['a quantified deployment', [production('quantified', 'serving', 'Served 12M requests/day at 40 ms p99.')], undefined],
  ])('%s', (_name, evidence, severity) => {
    const flag = flagMissingDeployment(factsOf(evidence));
    expect(flag?.severity).toBe(severity);
    if (flag) expect(flag.searched).toContain('deployment');
  });

  it('points at the vague statements it judged', () => {
    const mentioned = production('mentioned');
    expect(flagMissingDeployment(factsOf([mentioned]))?.evidenceIds).toEqual([mentioned.id]);
  });
});
