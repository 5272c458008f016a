import { describe, expect, it } from 'vitest';
import { cue, each, tech, verb } from './signal-rows';

describe('signal rows', () => {
  it.each([
    ['cue', cue('monitoring', ['alerts', 'dashboards']), { kind: 'cue', aspect: 'monitoring' }],
    ['verb', verb('deployment', ['deployed', 'shipped']), { kind: 'verb', aspect: 'deployment' }],
    ['tech', tech('serving', ['triton', 'kserve']), { kind: 'tech', aspect: 'serving' }],
    ['each', each(['model', 'models'], { kind: 'model' }), { kind: 'model' }],
  ])('%s gives every phrase the same signal', (_name, rows, signal) => {
    expect(rows).toHaveLength(2);
    for (const [, s] of rows) expect(s).toEqual(signal);
  });

  it('keeps the phrases in order', () => {
    expect(cue('drift', ['data drift', 'model drift']).map(([p]) => p)).toEqual(['data drift', 'model drift']);
  });
});
