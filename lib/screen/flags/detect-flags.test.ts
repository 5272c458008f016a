import { describe, expect, it } from 'vitest';
import { buzzword, factsOf, outcome, production, tool } from '../test-support/evidence-builders';
import { detectFlags } from './detect-flags';

describe('detectFlags', () => {
  it('lists every flag that applies, most severe first', () => {
    const flags = detectFlags(factsOf([buzzword('cutting-edge'), buzzword('synergy'), buzzword('visionary'), outcome('94%', 'quality')]));
    expect(flags.map((f) => f.id)).toEqual(['missing-deployment', 'buzzword-heavy', 'accuracy-only']);
    expect(flags.map((f) => f.severity)).toEqual(['high', 'medium', 'medium']);
  });

  it('raises nothing for a concrete production resume', () => {
    const evidence = [tool('PyTorch', 'ml-framework'), production('quantified', 'serving'), outcome('40 ms', 'latency'), outcome('$1M', 'revenue')];
    expect(detectFlags(factsOf(evidence))).toEqual([]);
  });
});
