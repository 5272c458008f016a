import { describe, expect, it } from 'vitest';
import { roleHeaderOf, runInRoleHeaderOf } from './role-header';

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

describe('runInRoleHeaderOf', () => {
  it.each([
    [
      'Tandemdesk Software, Staff ML Engineer (2023–present; ML Engineer 2021–2023). I own the routing models.',
      'Tandemdesk Software, Staff ML Engineer (2023–present; ML Engineer 2021–2023).',
    ],
    ['Brightline Ltd. Data Scientist, 2018 – 2021. Built the churn model.', 'Brightline Ltd. Data Scientist, 2018 – 2021.'],
    ['Kestrel Bank, ML Engineer, Jan 2019 to Mar 2022: served the credit model behind gRPC.', 'Kestrel Bank, ML Engineer, Jan 2019 to Mar 2022:'],
  ])('%j opens with the header %s', (paragraph, header) => expect(runInRoleHeaderOf(paragraph)).toBe(header));

  it.each([
    // First person narrates: a sentence about work, not a header that names a role.
    'From 2019 to 2023 I led our AI transformation. I am passionate about cutting-edge models.',
    // No date range: a summary, not a role.
    'Machine learning engineer since 2015. I build ranking systems that serve millions.',
    // A header with nothing after it.
    'Tandemdesk Software, Staff ML Engineer (2023–present).',
    // The dates come too late to be a header.
    'Built recommendation, search and pricing systems for retail and travel clients across nine countries and four languages, and the tooling around them. Acme, 2019 – 2021.',
  ])('%j has none', (paragraph) => expect(runInRoleHeaderOf(paragraph)).toBeUndefined());
});
