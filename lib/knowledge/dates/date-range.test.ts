import { describe, expect, it } from 'vitest';
import { formatPoint } from './date-point';
import { dateRangeInText, dateRangeOfEnds, datePointAtStart, firstDateRange, periodEnds, yearAsRange } from './date-range';

describe('dateRangeOfEnds', () => {
  it.each([
    ['Mar 2021', 'Jun 2023', '2021-03', '2023-06'],
    ['2021-03-15', 'Present', '2021-03', 'present'],
    ['03/2021', '2022', '2021-03', '2022'],
    ['März 2018', 'по настоящее время', '2018-03', 'present'],
  ])('%s .. %s', (start, end, expectedStart, expectedEnd) => {
    const range = dateRangeOfEnds(start, end);
    expect(range?.start && formatPoint(range.start)).toBe(expectedStart);
    expect(range?.end && formatPoint(range.end)).toBe(expectedEnd);
  });

  it('keeps the printed ends for display', () => expect(dateRangeOfEnds('Mar 2021', 'Jun 2023')?.raw).toBe('Mar 2021 – Jun 2023'));
  it('treats a start with no end as ongoing', () => expect(dateRangeOfEnds('2021-02')).toMatchObject({ raw: '2021-02 – Present', end: 'present' }));
  it('reads an end printed with more than a date from the range both ends make', () => {
    expect(dateRangeOfEnds('Jan 2020', 'Mar 2021 · 1 yr 3 mos')).toMatchObject({ start: { year: 2020, month: 1 }, end: { year: 2021, month: 3 } });
  });
  it('leaves an unreadable end out rather than guess it', () => {
    expect(dateRangeOfEnds('sometime', 'later')).toEqual({ raw: 'sometime – later', start: undefined, end: undefined });
  });
  it('gives nothing for no ends', () => expect(dateRangeOfEnds(' ', undefined)).toBeUndefined());
});

describe('periodEnds', () => {
  it('splits a period at its dash', () => expect(periodEnds('2019-03 – 2021-06')).toEqual(['2019-03', '2021-06']));
  it('keeps a lone date as the start', () => expect(periodEnds('2021-05')).toEqual(['2021-05', undefined]));
});

describe('firstDateRange', () => {
  it('reads a range inside a line', () => {
    expect(firstDateRange('Senior ML Engineer, Acme  Jan 2020 – Present')).toEqual({
      range: { raw: 'Jan 2020 – Present', start: { year: 2020, month: 1 }, end: 'present' },
      index: 26,
      length: 18,
    });
  });
  it('reads year-only ranges', () => expect(firstDateRange('2016 - 2019')?.range.end).toEqual({ year: 2019 }));
  it('ignores a line without one', () => expect(firstDateRange('Cut latency by 40% in 2020')).toBeUndefined());
});

describe('dateRangeInText', () => {
  it.each([
    ['Senior ML Engineer Mar 2021 – Present', '2021-03', 'present'],
    ['October 2023 - January 2024 (4 months)', '2023-10', '2024-01'],
    ['Algorithm Engineer Сентябрь 2025 – н.в.', '2025-09', 'present'],
    ['Founding Member Mar. 2021 Jun. 2023', '2021-03', '2023-06'],
    ['Head of tools, Yandex 2014 2017–', '2014', '2017'],
    ['Researcher 2022 present', '2022', 'present'],
    ['Doktorand 2019 heute', '2019', 'present'],
    ['Analyst 2020 currently', '2020', 'present'],
    ['Разработчик 2021 по настоящее время', '2021', 'present'],
  ])('%s', (text, start, end) => {
    const range = dateRangeInText(text)?.range;
    expect(range && [range.start && formatPoint(range.start), range.end && formatPoint(range.end)]).toEqual([start, end]);
  });

  it.each(['Python 3.10 since 2019', 'Served 2000 requests per second', 'Python 3 developer', 'Founded in 2019 nowhere else'])('%s has no range', (text) => {
    expect(dateRangeInText(text)).toBeUndefined();
  });
});

describe('yearAsRange', () => {
  it('reads a lone year as that year', () => expect(yearAsRange('2019')).toEqual({ raw: '2019', start: { year: 2019 }, end: { year: 2019 } }));
  it.each(['Jan 2019', '2019 - 2020', '1850', 'Class of 2019'])('%s is not a lone year', (text) => expect(yearAsRange(text)).toBeUndefined());
});

describe('datePointAtStart', () => {
  it.each([
    ['Mar 2023 · Expires Mar 2026', { year: 2023, month: 3 }],
    ['2021', { year: 2021 }],
    ['Sept. 2019', { year: 2019, month: 9 }],
  ])('%s', (text, expected) => expect(datePointAtStart(text)).toEqual(expected));
  it.each(['Coursera', 'Present', 'Credential ID 2023'])('%s starts with no date', (text) => expect(datePointAtStart(text)).toBeUndefined());
});
