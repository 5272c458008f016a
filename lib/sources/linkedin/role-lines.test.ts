import { describe, expect, it } from 'vitest';
import { shortDates } from '../../../tests/fixtures/short-dates';
import { dateOfCaption, isDurationOnly, isSkillHint, roleOfHeader, skillsOfHint } from './role-lines';

describe('dateOfCaption', () => {
  it.each([
    ['Sep 2022 - Present · 2 yrs 4 mos', '2022-09', 'present'],
    ['Apr 2019 – Present · 2 yrs 3 mos', '2019-04', 'present'],
    ['August 2017 – March 2021 · 3 years 7 months', '2017-08', '2021-03'],
    ['2015 - 2017', '2015', '2017'],
    ['Issued Mar 2023 · Expires Mar 2026', '2023-03', undefined],
  ])('reads %s', (line, start, end) => {
    expect(shortDates(dateOfCaption(line))).toEqual({ raw: line, start, ...(end ? { end } : {}) });
  });

  it.each(['Worked there from 2019 - 2021 on search', 'Berlin, Germany', 'Full-time · 4 yrs 3 mos', 'x'.repeat(500)])('does not read %s', (line) => {
    expect(dateOfCaption(line)).toBeUndefined();
  });
});

describe('isDurationOnly', () => {
  it.each([
    ['5 yrs 11 mos', true],
    ['Full-time · 4 yrs 3 mos', true],
    ['7 mos', true],
    ['Northwind · 4 yrs', false],
    ['Jan 2020 - Present · 5 yrs', false],
  ])('%s -> %s', (line, expected) => {
    expect(isDurationOnly(line)).toBe(expected);
  });
});

describe('skill hints', () => {
  it.each([
    ['PyTorch, Kubernetes and +4 skills', ['PyTorch', 'Kubernetes']],
    ['Cascading Style Sheets (CSS), React.js and +2 skills', ['Cascading Style Sheets (CSS)', 'React.js']],
    ['Skills: Python · SQL · Airflow', ['Python', 'SQL', 'Airflow']],
  ])('%s', (line, skills) => {
    expect(isSkillHint(line)).toBe(true);
    expect(skillsOfHint(line)).toEqual(skills);
  });

  it('does not take a description sentence for a hint', () => {
    expect(isSkillHint('Built skills matrices for 20 engineers and mentored them.')).toBe(false);
  });
});

describe('roleOfHeader', () => {
  it('splits "Company · Type" of a standalone role', () => {
    expect(roleOfHeader(['Data Scientist', 'Fjordline Analytics · Full-time', 'Jan 2018 - Sep 2020 · 2 yrs 9 mos', 'Oslo, Norway'])).toMatchObject({
      title: 'Data Scientist',
      org: 'Fjordline Analytics',
      employmentType: 'Full-time',
      location: 'Oslo, Norway',
      dates: { start: { year: 2018, month: 1 }, end: { year: 2020, month: 9 } },
    });
  });

  it('takes company, type and location from the group header for grouped roles', () => {
    expect(
      roleOfHeader(['Project Lead', 'Feb 2012 - Dec 2013 · 1 yr 11 mos'], { org: 'Bu Multimedia', employmentType: 'Full-time', location: 'Guayaquil' }),
    ).toMatchObject({
      title: 'Project Lead',
      org: 'Bu Multimedia',
      employmentType: 'Full-time',
      location: 'Guayaquil',
    });
  });

  it('keeps a company without employment type', () => {
    expect(roleOfHeader(['Systems Engineer', 'Tata Consultancy Services', 'Jul 2014 - Jan 2017 · 2 yrs 7 mos'])).toMatchObject({
      org: 'Tata Consultancy Services',
      employmentType: undefined,
    });
  });
});
