import { describe, expect, it } from 'vitest';
import { experienceFromLines, segmentByHeadings } from './read-text-fallback';

describe('segmentByHeadings', () => {
  it('cuts at profile headings and gives cards about other people no kind', () => {
    const segments = segmentByHeadings([
      'Ada',
      'About',
      'I ship models.',
      'Experience',
      'ML Engineer',
      'Show all 6 experiences',
      'People also viewed',
      'Someone Else',
    ]);
    expect(segments.map((s) => [s.kind, s.lines])).toEqual([
      [undefined, ['Ada']],
      ['summary', ['I ship models.']],
      ['experience', ['ML Engineer']],
      [undefined, ['Someone Else']],
    ]);
  });
});

describe('experienceFromLines', () => {
  it('rebuilds standalone and grouped roles from their date captions', () => {
    const drafts = experienceFromLines([
      'Northwind Logistics',
      'Full-time · 4 yrs 3 mos',
      'Berlin, Germany',
      'Senior ML Engineer',
      'Sep 2022 - Present · 2 yrs 4 mos',
      'Hybrid',
      'Serves 40M predictions a day.',
      'PyTorch, Kubernetes and +4 skills',
      'ML Engineer',
      'Oct 2020 - Aug 2022 · 1 yr 11 mos',
      'Shipped the first model.',
      'Data Scientist',
      'Fjordline Analytics · Full-time',
      'Jan 2018 - Sep 2020 · 2 yrs 9 mos',
      'Oslo, Norway',
      'Built churn models.',
    ]);
    expect(drafts.map((d) => [d.header, d.children.map((c) => [c.header, c.description, c.skillHints])])).toEqual([
      [
        ['Northwind Logistics', 'Full-time · 4 yrs 3 mos', 'Berlin, Germany'],
        [
          [['Senior ML Engineer', 'Sep 2022 - Present · 2 yrs 4 mos', 'Hybrid'], ['Serves 40M predictions a day.'], ['PyTorch, Kubernetes and +4 skills']],
          [['ML Engineer', 'Oct 2020 - Aug 2022 · 1 yr 11 mos'], ['Shipped the first model.'], []],
        ],
      ],
      [['Data Scientist', 'Fjordline Analytics · Full-time', 'Jan 2018 - Sep 2020 · 2 yrs 9 mos', 'Oslo, Norway'], []],
    ]);
    expect(drafts[1].description).toEqual(['Built churn models.']);
  });

  it('reads nothing from lines without date captions', () => {
    expect(experienceFromLines(['Passionate about AI.', 'Team player.'])).toEqual([]);
  });
});
