import { describe, expect, it } from 'vitest';
import { verdictReason } from './verdict-reason';

describe('verdictReason', () => {
  it.each([
    ['Pass: no machine-learning work found in roles or projects.', 'Why', 'No machine-learning work found in roles or projects.'],
    ['Not strong: machine learning is a small part of the described work.', 'Why not strong', 'Machine learning is a small part of the described work.'],
    ['Strong: 3 must-pass items passed and score 62 ≥ 50.', 'Why', '3 must-pass items passed and score 62 ≥ 50.'],
    ['Not enough evidence: no readable text was found.', 'Why', 'No readable text was found.'],
    ['must-have tools missing: Kubernetes.', 'Why', 'Must-have tools missing: Kubernetes.'],
  ])('%s', (reason, lead, text) => {
    expect(verdictReason({ reasons: [reason, '+20 Ships: deploys'] })).toEqual({ lead, text });
  });

  it('gives no line when the screening carries no reason', () => {
    expect(verdictReason({ reasons: [] })).toBeUndefined();
    expect(verdictReason({ reasons: ['  '] })).toBeUndefined();
  });
});
