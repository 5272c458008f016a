import { describe, expect, it } from 'vitest';
import { NOW, tenure } from '../test-support/evidence-builders';
import { formatMonthIndex } from '../../knowledge/dates/date-point';
import { stintInterval } from './stint-interval';

describe('stintInterval', () => {
  it.each<[string, string, string, { start: string; end: string; ongoing: boolean; precise: boolean } | undefined]>([
    ['month precision', '2019-03', '2021-06', { start: 'Mar 2019', end: 'Jun 2021', ongoing: false, precise: true }],
    ['ongoing ends now', '2024-01', 'present', { start: 'Jan 2024', end: 'Jun 2025', ongoing: true, precise: true }],
    ['bare years widen to the whole year', '2018', '2020', { start: 'Jan 2018', end: 'Dec 2020', ongoing: false, precise: false }],
    ['unreadable', 'soon', '2020', undefined],
  ])('%s', (_name, start, end, expected) => {
    const interval = stintInterval(tenure(start, end), NOW);
    expect(
      interval && { start: formatMonthIndex(interval.start), end: formatMonthIndex(interval.end), ongoing: interval.ongoing, precise: interval.precise },
    ).toEqual(expected);
  });

  it('skips dates that cannot be right', () => {
    expect(stintInterval(tenure('2021-05', '2019-02', { problem: 'end date is before start date' }), NOW)).toBeUndefined();
  });
});
