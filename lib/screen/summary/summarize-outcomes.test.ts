import { describe, expect, it } from 'vitest';
import { outcome } from '../test-support/evidence-builders';
import { summarizeOutcomes } from './summarize-outcomes';

describe('summarizeOutcomes', () => {
  it('lists each claim with its sentence, token and kind', () => {
    const a = outcome('40%', 'latency', 'Cut p99 latency by 40%');
    expect(summarizeOutcomes([a])).toEqual([{ text: 'Cut p99 latency by 40%', token: '40%', kind: 'latency', evidenceId: a.id }]);
  });

  it.each([
    ['the same sentence and number twice', [outcome('40%', 'latency', 'Cut latency by 40%'), outcome('40%', 'latency', 'Cut latency by 40%')], 1],
    ['two numbers in one sentence', [outcome('90s', 'latency', 'From 90s to 4s'), outcome('4s', 'latency', 'From 90s to 4s')], 2],
  ])('%s', (_name, evidence, expected) => {
    expect(summarizeOutcomes(evidence)).toHaveLength(expected);
  });
});
