import { describe, expect, it } from 'vitest';
import type { ChecklistResult } from '../../model/screening';
import { production, tool } from '../test-support/evidence-builders';
import { citedEvidence } from './cited-evidence';

const item = (evidenceIds: string[]): ChecklistResult => ({
  id: 'ships-to-production',
  label: 'Ships models to production',
  status: 'pass',
  points: 20,
  reason: 'Shows it.',
  evidenceIds,
  ruleId: 'ships-to-production.statement',
});

describe('citedEvidence', () => {
  it('finds the evidence a checklist item cites, and nothing it does not', () => {
    const shipped = production('specified');
    const pytorch = tool('PyTorch', 'ml-framework');
    const docker = tool('Docker', 'container');
    const byId = citedEvidence([shipped, pytorch, docker], [item([shipped.id]), item([docker.id])]);
    expect(byId(shipped.id)).toBe(shipped);
    expect(byId(docker.id)).toBe(docker);
    expect(byId(pytorch.id)).toBeUndefined();
    expect(byId('no-such-id')).toBeUndefined();
  });

  it('keeps the last piece when two share an id, as a map of all of them would', () => {
    const first = production('specified');
    const second = { ...production('quantified'), id: first.id };
    expect(citedEvidence([first, second], [item([first.id])])(first.id)).toBe(second);
  });
});
