import { describe, expect, it } from 'vitest';
import { dateRangeOf, findDateRange, normalizeDate } from './date-range';

describe('normalizeDate', () => {
  it.each([
    ['Mar 2021', '2021-03'],
    ['September 2019', '2019-09'],
    ['2021-03-15', '2021-03'],
    ['03/2021', '2021-03'],
    ['2018', '2018'],
    ['Present', 'present'],
    ['März 2018', '2018-03'],
    ['по настоящее время', 'present'],
    ['sometime', undefined],
  ])('%s -> %s', (raw, expected) => expect(normalizeDate(raw)).toBe(expected));
});

describe('findDateRange', () => {
  it('reads a range inside a line', () => {
    expect(findDateRange('Senior ML Engineer, Acme  Jan 2020 – Present')?.range).toEqual({
      raw: 'Jan 2020 – Present',
      start: '2020-01',
      end: 'present',
    });
  });
  it('reads year-only ranges', () => expect(findDateRange('2016 - 2019')?.range.end).toBe('2019'));
  it('ignores a line without one', () => expect(findDateRange('Cut latency by 40% in 2020')).toBeUndefined());
  it('treats an open range as ongoing', () => expect(dateRangeOf('2021-02')?.end).toBe('present'));
});
