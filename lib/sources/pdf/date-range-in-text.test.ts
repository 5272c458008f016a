import { describe, expect, it } from 'vitest';
import { dateRangeInText } from './date-range-in-text';

describe('dateRangeInText', () => {
  it.each([
    ['Senior ML Engineer Mar 2021 – Present', '2021-03', 'present'],
    ['October 2023 - January 2024 (4 months)', '2023-10', '2024-01'],
    ['Algorithm Engineer Сентябрь 2025 – н.в.', '2025-09', 'present'],
    ['Founding Member Mar. 2021 Jun. 2023', '2021-03', '2023-06'],
    ['Head of tools, Yandex 2014 2017–', '2014', '2017'],
    ['Researcher 2022 present', '2022', 'present'],
  ])('%s', (text, start, end) => {
    expect(dateRangeInText(text)?.range).toMatchObject({ start, end });
  });

  it.each(['Python 3.10 since 2019', 'Served 2000 requests per second', 'Python 3 developer'])('%s has no range', (text) => {
    expect(dateRangeInText(text)).toBeUndefined();
  });
});
