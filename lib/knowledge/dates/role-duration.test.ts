import { describe, expect, it } from 'vitest';
import { isRoleDuration } from './role-duration';

describe('isRoleDuration', () => {
  it.each([
    '5 yrs 11 mos',
    '7 mos',
    '1 year',
    'less than a year',
    '(2 years 3 months)',
    ' 4 yrs ',
    '2 года 3 мес.',
    '3 Jahre 2 Monate',
    '(2 anos 1 mês)',
    '1 año 4 meses',
    '(3 ans 2 mois)',
  ])('%s is a duration', (text) => {
    expect(isRoleDuration(text)).toBe(true);
  });

  it.each(['Northwind · 4 yrs', 'Jan 2020 - Present · 5 yrs', '3 engineers', '3 analysts', '2 anos de Python', 'Berlin, Germany', ''])('%s is not', (text) => {
    expect(isRoleDuration(text)).toBe(false);
  });
});
