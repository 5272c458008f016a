import { describe, expect, it } from 'vitest';
import { formatPoint } from './date-point';
import { findDateRanges } from './find-date-ranges';

function ranges(text: string): string[] {
  return findDateRanges(text).map((r) => `${formatPoint(r.start)}..${formatPoint(r.end)}`);
}

describe('findDateRanges', () => {
  it.each([
    ['Jan 2020 – Present', ['2020-01..present']],
    ['2019-03 - 2021-06', ['2019-03..2021-06']],
    ['03/2019 – 06/2021', ['2019-03..2021-06']],
    ['2018 - 2020', ['2018..2020']],
    ['2018-2020', ['2018..2020']],
    ['Sep 2021 - now', ['2021-09..present']],
    ['Jan 2020 - Mar 2021 · 1 yr 3 mos', ['2020-01..2021-03']],
    ['Data Scientist, Acme (May 2017 to Dec 2019)', ['2017-05..2019-12']],
    ['janvier 2019 à mars 2020', ['2019-01..2020-03']],
    ['Oct 2016 — Aug 2018\nFeb 2015 — Sep 2016', ['2016-10..2018-08', '2015-02..2016-09']],
    ['апрель 2020 по настоящее время', ['2020-04..present']],
    ['Jun 2022 – Current', ['2022-06..present']],
    ['Purdue University 08/20 - 12/23', ['2020-08..2023-12']],
    ['Analyst 9/98 – 3/01', ['1998-09..2001-03']],
    ['Intern 06/24 – present', ['2024-06..present']],
    ['Summer 2019 - Fall 2020', ['2019..2020']],
    ['agosto de 2022 - julho de 2024 (2 anos)', ['2022-08..2024-07']],
    ['marzo del 2021 - Presente', ['2021-03..present']],
  ])('%s', (text, expected) => {
    expect(ranges(text)).toEqual(expected);
  });

  it.each([
    ['Reduced latency by 2019 ms'],
    ['Python 3.10, version 2.1-3.4'],
    ['Phone +1 212-555-0199'],
    ['ISO 26262 and 1234-5678'],
    ['Graduated 2018'],
    ['Scored 3/4 - 7/8 of the points'],
    ['Ratio 13/20 - 11/20'],
  ])('finds no range in %s', (text) => {
    expect(ranges(text)).toEqual([]);
  });

  it('keeps a word before the first year out of the range unless it is a month or a season', () => {
    expect(findDateRanges('Data Analyst, Acme 2018 – 2020').map((r) => r.raw)).toEqual(['2018 – 2020']);
    expect(findDateRanges('Analista, Banco de 2018 – 2020').map((r) => r.raw)).toEqual(['2018 – 2020']);
    expect(findDateRanges('Engineer March 2018 - May 2020').map((r) => r.raw)).toEqual(['March 2018 - May 2020']);
    expect(findDateRanges('Summer 2019 - Fall 2020').map((r) => r.raw)).toEqual(['Summer 2019 - Fall 2020']);
  });

  it('closes a range with any of the present words month-names knows, the longest spelling whole', () => {
    expect(findDateRanges('Lumen Labs, 2021 - по настоящее время').map((r) => r.raw)).toEqual(['2021 - по настоящее время']);
    expect(findDateRanges('Data engineer, mrt 2019 - currently').map((r) => r.raw)).toEqual(['2019 - currently']);
  });

  it('gives offsets that point back into the text', () => {
    const text = 'Engineer | Acme | Feb 2019 – Apr 2020';
    const [range] = findDateRanges(text);
    expect(text.slice(range.index, range.index + range.length)).toBe('Feb 2019 – Apr 2020');
  });

  // Its time is measured by `npm run bench` (hostile inputs).
  it('reads hostile input into ranges that point back at it and never overlap', () => {
    const hostile = '2019-'.repeat(20_000) + 'a'.repeat(100_000) + ' 12/'.repeat(20_000);
    const ranges = findDateRanges(hostile);
    expect(ranges.length).toBeGreaterThan(0);
    let end = 0;
    for (const range of ranges) {
      expect(hostile.slice(range.index, range.index + range.length)).toBe(range.raw);
      expect(range.index).toBeGreaterThanOrEqual(end);
      end = range.index + range.length;
    }
  });
});
