import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../model/evidence';
import { factsOf, outcome, production } from '../test-support/evidence-builders';
import { flagAccuracyOnly } from './flag-accuracy-only';

describe('flagAccuracyOnly', () => {
  it.each<[string, Evidence[], boolean]>([
    ['only model metrics', [outcome('94%', 'quality', 'Reached 94% accuracy'), outcome('0.91', 'quality', 'AUC of 0.91')], true],
    ['a single accuracy figure', [outcome('97%', 'quality')], true],
    ['accuracy and latency', [outcome('94%', 'quality'), outcome('40%', 'latency', 'cut p99 latency by 40%')], false],
    ['accuracy and cost', [outcome('94%', 'quality'), outcome('$2M', 'cost')], false],
    ['accuracy with monitoring work', [outcome('94%', 'quality'), production('specified', 'monitoring', 'Set up drift monitoring in Prometheus.')], false],
    ['no outcomes at all', [], false],
  ])('%s', (_name, evidence, expected) => {
    expect(flagAccuracyOnly(factsOf(evidence)) !== undefined).toBe(expected);
  });
});
