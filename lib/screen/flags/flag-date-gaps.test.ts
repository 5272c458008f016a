import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../model/evidence';
import { documentWith, factsOf, tenure } from '../test-support/evidence-builders';
import { flagDateGaps } from './flag-date-gaps';

describe('flagDateGaps', () => {
  it.each<[string, Evidence[], boolean]>([
    ['a year between jobs', [tenure('2018-01', '2019-06', { org: 'A' }), tenure('2020-07', 'present', { org: 'B' })], true],
    ['end before start', [tenure('2021-05', '2019-02', { problem: 'end date is before start date' })], true],
    ['back-to-back jobs', [tenure('2018-01', '2019-06', { org: 'A' }), tenure('2019-08', 'present', { org: 'B' })], false],
    [
      'a gap covered by a degree',
      [
        tenure('2016-01', '2018-06', { org: 'A' }),
        tenure('2018-09', '2020-06', { section: 'education', title: 'MSc' }),
        tenure('2020-08', 'present', { org: 'B' }),
      ],
      false,
    ],
    [
      'overlapping jobs',
      [tenure('2015-01', '2022-01', { org: 'A' }), tenure('2016-01', '2017-01', { org: 'B' }), tenure('2022-02', 'present', { org: 'C' })],
      false,
    ],
    ['year-only dates a year apart', [tenure('2017', '2019', { org: 'A' }), tenure('2020', 'present', { org: 'B' })], false],
    ['study before the first job', [tenure('2010-01', '2012-01', { section: 'education' }), tenure('2015-01', 'present', { org: 'A' })], false],
  ])('%s', (_name, evidence, expected) => {
    expect(flagDateGaps(factsOf(evidence)) !== undefined).toBe(expected);
  });

  it('treats a gap as explained when an education entry prints a year inside it', () => {
    const doc = documentWith([{ kind: 'education', blocks: [{ id: 'edu', text: 'M.Sc. Computer Science, Some University, Aug 2019' }] }]);
    const evidence = [tenure('2017-01', '2018-06', { org: 'A' }), tenure('2020-01', 'present', { org: 'B' })];
    expect(flagDateGaps(factsOf(evidence))).toBeDefined();
    expect(flagDateGaps(factsOf(evidence, doc))).toBeUndefined();
  });

  it('names the gap and points at the roles around it', () => {
    const before = tenure('2018-01', '2019-06', { org: 'A' });
    const after = tenure('2020-07', 'present', { org: 'B' });
    const flag = flagDateGaps(factsOf([before, after]));
    expect(flag?.message).toContain('12-month gap (Jul 2019 – Jun 2020)');
    expect(flag?.evidenceIds).toEqual([before.id, after.id]);
  });
});
