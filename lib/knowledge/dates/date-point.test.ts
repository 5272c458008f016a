import { describe, expect, it } from 'vitest';
import { bareYear, formatMonthIndex, formatPoint, monthIndexFloor, parseDatePoint, printsYear, printsYearApart, yearsIn } from './date-point';

describe('parseDatePoint', () => {
  it.each([
    ['2019-03', '2019-03'],
    ['2019-03-01', '2019-03'],
    ['2018-08-01T00:00:00Z', '2018-08'],
    ['2019/11', '2019-11'],
    ['03/2019', '2019-03'],
    ['3.2019', '2019-03'],
    ['Jan 2020', '2020-01'],
    ['Sept. 2021', '2021-09'],
    ['January, 2020', '2020-01'],
    ['janvier 2019', '2019-01'],
    ['März 2018', '2018-03'],
    ['октября 2017', '2017-10'],
    ['2018', '2018'],
    ['Summer 2019', '2019'],
    ['Present', 'present'],
    ['heute', 'present'],
    ['по настоящее время', 'present'],
    ['2019-13', '2019'],
  ])('%s -> %s', (raw, expected) => {
    const point = parseDatePoint(raw);
    expect(point && formatPoint(point)).toBe(expected);
  });

  it.each([[''], ['Curremt'], ['TBD'], ['1850'], ['12345'], [undefined]])('%s is unreadable', (raw) => {
    expect(parseDatePoint(raw)).toBeUndefined();
  });
});

describe('formatMonthIndex', () => {
  it('prints a month index as month and year', () => {
    expect(formatMonthIndex(monthIndexFloor({ year: 2021, month: 3 }))).toBe('Mar 2021');
    expect(formatMonthIndex(monthIndexFloor({ year: 2019, month: 12 }))).toBe('Dec 2019');
  });
});

describe('bareYear', () => {
  it('reads a text that is only a year', () => expect(bareYear(' 2019 ')).toBe(2019));
  it.each(['Jan 2019', '2019-03', '19', '3019'])('%s is not only a year', (text) => expect(bareYear(text)).toBeUndefined());
});

describe('yearsIn', () => {
  it('finds every year a text prints', () => expect(yearsIn('M.Sc., Univ. of X, Aug 2018 (thesis 2019)')).toEqual([2018, 2019]));
  it('leaves other numbers alone', () => expect(yearsIn('Served 20180 requests, p99 1999ms, ISO 2001x')).toEqual([]));
});

describe('printsYear and printsYearApart', () => {
  it.each([
    ['ML Engineer, Acme 2019', true, true],
    ['Nanodegree, Udacity2019', false, true],
    ['Served 20190 requests', false, false],
    ['No date here', false, false],
  ])('%s', (text, word, apart) => {
    expect(printsYear(text)).toBe(word);
    expect(printsYearApart(text)).toBe(apart);
  });
});
