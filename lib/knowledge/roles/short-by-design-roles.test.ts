import { describe, expect, it } from 'vitest';
import { isNonPermanentEmployment, isShortByDesignRole } from './short-by-design-roles';

describe('isNonPermanentEmployment', () => {
  it.each(['Internship', 'Contract', 'Freelance', 'Part-time', 'Self-employed', 'Temp', 'Seasonal', 'Volunteer'])('%s is not permanent', (type) => {
    expect(isNonPermanentEmployment(type)).toBe(true);
  });

  it.each(['Full-time', 'Permanent', 'Internal transfer', 'Temporal data team'])('%s is permanent work', (type) => {
    expect(isNonPermanentEmployment(type)).toBe(false);
  });

  it('a title word alone does not make an employment type non-permanent', () => {
    expect(isNonPermanentEmployment('Teaching Assistant')).toBe(false);
  });
});

describe('isShortByDesignRole', () => {
  it.each(['Research Intern, Lumen Labs', 'Teaching Assistant', 'Graduate Fellow', 'Data Science Bootcamp', 'Contract ML Engineer', 'Board Member'])(
    '%s is short by design',
    (role) => {
      expect(isShortByDesignRole(role)).toBe(true);
    },
  );

  it.each(['Machine Learning Engineer, Northwind', 'International Sales Analyst', 'Staff Engineer, Programmatic Ads'])('%s is an ordinary job', (role) => {
    expect(isShortByDesignRole(role)).toBe(false);
  });
});
