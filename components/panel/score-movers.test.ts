import { describe, expect, it } from 'vitest';
import type { ChecklistResult, Flag } from '../../lib/model/screening';
import { formatPoints, scoreMovers } from './score-movers';

const check = (id: string, points: number, evidenceIds: string[] = ['e1'], status: ChecklistResult['status'] = 'pass'): ChecklistResult => ({
  id,
  label: `Label ${id}`,
  status,
  points,
  reason: `Reason ${id}`,
  evidenceIds,
});
const flag = (id: Flag['id'], evidenceIds: string[] = ['e2']): Flag => ({ id, severity: 'medium', message: `Message ${id}`, evidenceIds });

describe('scoreMovers', () => {
  it('lists the largest gains and losses first, gains and flags mixed by size', () => {
    const movers = scoreMovers({
      checklist: [check('small', 2.5), check('big', 20), check('mid', 7.5)],
      flags: [flag('buzzword-heavy'), flag('date-gaps')],
    });
    expect(movers.map((m) => [m.groupId, m.points])).toEqual([
      ['check:big', 20],
      ['flag:buzzword-heavy', -10],
      ['check:mid', 7.5],
    ]);
  });

  it('leaves out items without evidence, items that earned nothing and flags that cost nothing', () => {
    const movers = scoreMovers({
      checklist: [check('no-quote', 5, []), check('failed', 0, ['e1'], 'fail'), check('kept', 1)],
      flags: [flag('missing-deployment'), flag('job-hopping', [])],
    });
    expect(movers.map((m) => m.groupId)).toEqual(['check:kept']);
  });

  it('says when an item earned partial credit', () => {
    expect(scoreMovers({ checklist: [check('part', 5, ['e1'], 'unknown')], flags: [] })[0].label).toBe('Label part (partly shown)');
  });
});

describe('formatPoints', () => {
  it.each([
    [12.5, '+12.5'],
    [-10, '−10'],
    [3.333, '+3.3'],
  ])('%d -> %s', (points, text) => {
    expect(formatPoints(points)).toBe(text);
  });
});
