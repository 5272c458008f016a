import { describe, expect, it } from 'vitest';
import { looksLikeLocation, parseEntryHeader } from './entry-header';

describe('parseEntryHeader', () => {
  it.each([
    [
      'title, dates / org, location',
      ['Senior Machine Learning Engineer | Mar 2021 – Present', 'Freightline Logistics | Rotterdam, Netherlands'],
      'experience',
      {
        title: 'Senior Machine Learning Engineer',
        org: 'Freightline Logistics',
        location: 'Rotterdam, Netherlands',
        dates: { start: { year: 2021, month: 3 }, end: 'present' },
      },
    ],
    [
      'org first, role word decides',
      ['Google | Mountain View, CA', 'Software Engineer | Oct 2016 – Present'],
      'experience',
      { title: 'Software Engineer', org: 'Google', location: 'Mountain View, CA' },
    ],
    ['title at org', ['Machine Learning Engineer at Helio Grid'], 'experience', { title: 'Machine Learning Engineer', org: 'Helio Grid' }],
    ['comma form', ['Software engineer, Art Studio, Moscow, Russia | 2006 – 2007'], 'experience', { title: 'Software engineer', org: 'Art Studio' }],
    ['duration line dropped', ['Helio Grid', '3 years 4 months', 'Data Scientist'], 'experience', { title: 'Data Scientist', org: 'Helio Grid' }],
    [
      'degree and school',
      ['MSc Computer Science | 2014 – 2016', 'Delft University of Technology | Delft, Netherlands'],
      'education',
      { title: 'MSc Computer Science', org: 'Delft University of Technology', location: 'Delft, Netherlands' },
    ],
    [
      'degree, school in one line',
      ['M.S. in Bioinformatics, Newcastle University, Newcastle, UK | 2017 2018'],
      'education',
      { title: 'M.S. in Bioinformatics', org: 'Newcastle University' },
    ],
    ['project name', ['Latency benchmark for transformer serving'], 'projects', { title: 'Latency benchmark for transformer serving' }],
  ] as const)('%s', (_name, lines, kind, expected) => {
    expect(parseEntryHeader([...lines], kind)).toMatchObject(expected);
  });

  it('reads no title from an empty header', () => {
    expect(parseEntryHeader([], 'experience')).toEqual({});
  });
});

describe('looksLikeLocation', () => {
  it.each(['Rotterdam, Netherlands', 'Milan, Lombardy, Italy', 'London Area, United Kingdom', 'Mountain View, CA', 'Remote'])('%s is a place', (text) => {
    expect(looksLikeLocation(text)).toBe(true);
  });
  it.each(['Mathematics, Computer Science and Chemistry', 'Acme, Inc', 'Senior Engineer, Berlin', 'MS, Computer Engineering', 'Freightline Logistics'])(
    '%s is no place',
    (text) => {
      expect(looksLikeLocation(text)).toBe(false);
    },
  );
});
