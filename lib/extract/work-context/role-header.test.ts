import { describe, expect, it } from 'vitest';
import { roleHeaderOf } from './role-header';

describe('roleHeaderOf', () => {
  it.each([
    ['Senior Data Scientist, Allegro, 2020 – present\nBuilt the demand forecasting models.', 'Senior Data Scientist, Allegro, 2020 – present'],
    ['Data Analyst | mBank | 03/2017 - 08/2020\nBuilt churn reports.', 'Data Analyst | mBank | 03/2017 - 08/2020'],
    ['ML Engineer, Lumen Labs, janvier 2019 à mars 2021\nServed the pricing model.', 'ML Engineer, Lumen Labs, janvier 2019 à mars 2021'],
  ])('%j has the header %s', (text, header) => expect(roleHeaderOf(text)).toBe(header));

  it.each([
    'Machine learning engineer since 2015\nI build ranking systems.',
    'Won the 2019 hackathon and the 2021 data cup\nBoth with forecasting models.',
    'Senior Data Scientist, Allegro, 2020 – present',
    'Built the demand forecasting models that set stock for 2020 – 2021 seasons and many other things besides, across every region and every category we sold in those years.\nMore.',
  ])('%j has none', (text) => expect(roleHeaderOf(text)).toBeUndefined());
});
