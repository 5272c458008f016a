import { describe, expect, it } from 'vitest';
import type { Block, CandidateDocument, SectionKind } from '../../model/candidate-document';
import { indexDocument } from '../../text/indexed-document';
import { formatPoint } from '../../knowledge/dates/date-point';
import { dateRangeOfEnds } from '../../knowledge/dates/date-range';
import { extractTenure } from './extract-tenure';

const NOW = new Date('2025-06-15T00:00:00Z');

function docWith(kind: SectionKind, ...blocks: Block[]): CandidateDocument {
  return {
    source: 'text',
    capturedAt: NOW.toISOString(),
    person: { links: [] },
    sections: [{ kind, heading: kind, blocks }],
    incomplete: [],
    warnings: [],
  };
}

/** Each role's tenure with its ends in short form ("2019-03", "present") to keep the cases readable. */
function tenures(kind: SectionKind, ...blocks: Block[]) {
  return extractTenure(indexDocument(docWith(kind, ...blocks)), NOW).map(({ tenure }) => ({
    ...tenure,
    start: tenure.start && formatPoint(tenure.start),
    end: tenure.end && formatPoint(tenure.end),
  }));
}

describe('extractTenure', () => {
  it.each<[string, Block, { start?: string; end?: string; months?: number; problem?: string }]>([
    [
      'structured ISO dates',
      { id: 'b', text: 'Built things.', dates: dateRangeOfEnds('2019-03', '2021-06') },
      { start: '2019-03', end: '2021-06', months: 28 },
    ],
    [
      'structured start with no readable end is ongoing',
      { id: 'b', text: '', dates: { raw: 'Jan 2024 – soon', start: { year: 2024, month: 1 } } },
      { start: '2024-01', end: 'present', months: 18 },
    ],
    [
      'unreadable structured dates leave the text to be read',
      { id: 'b', text: 'Acme | Jan 2020 - Mar 2021', dates: { raw: 'sometime' } },
      { start: '2020-01', end: '2021-03', months: 15 },
    ],
    ['range in the title', { id: 'b', text: 'Did work.', title: 'ML Engineer, Acme (Sep 2021 - now)' }, { start: '2021-09', end: 'present', months: 46 }],
    ['range on a header line', { id: 'b', text: 'Acme Corp | 03/2019 – 06/2021\nBuilt a churn model.' }, { start: '2019-03', end: '2021-06', months: 28 }],
    ['year-only range', { id: 'b', text: 'Analyst 2018 - 2020' }, { start: '2018', end: '2020', months: 24 }],
    ['end before start', { id: 'b', text: '', dates: dateRangeOfEnds('2021-05', '2019-02') }, { problem: 'end date is before start date' }],
    ['start in the future', { id: 'b', text: '', dates: dateRangeOfEnds('2026-05-18') }, { problem: 'start date is in the future' }],
    [
      'implausible year',
      { id: 'b', text: '', dates: { raw: '1933 – 1955', start: { year: 1933, month: 1 }, end: { year: 1955, month: 1 } } },
      { problem: 'start year 1933 is implausible' },
    ],
  ])('%s', (_name, block, expected) => {
    const [t] = tenures('experience', block);
    expect(t).toMatchObject(expected);
  });

  it('reads every role of a block that groups several roles at one company', () => {
    const block: Block = {
      id: 'g',
      org: 'Acme',
      text: 'Senior ML Engineer\nJan 2022 - Present\nLed ranking.\nML Engineer\nMar 2019 - Dec 2021\nShipped search.',
    };
    const found = tenures('experience', block);
    expect(found.map((t) => [t.start, t.end, t.org])).toEqual([
      ['2022-01', 'present', 'Acme'],
      ['2019-03', '2021-12', 'Acme'],
    ]);
  });

  it('ignores a range inside a long description line', () => {
    const text = 'Migrated the 2018-2020 archive of customer events into the warehouse and rebuilt every downstream report, dashboard and alert on top of it.';
    expect(tenures('experience', { id: 'b', text })).toEqual([]);
  });

  it('reads education dates but not skills', () => {
    expect(tenures('education', { id: 'e', text: 'BSc Physics, 2014 - 2018' })).toHaveLength(1);
    expect(tenures('skills', { id: 's', text: 'Python 2018 - 2020' })).toHaveLength(0);
  });

  it('points the evidence at the dates in the text', () => {
    const text = 'Acme | Feb 2019 – Apr 2020';
    const [e] = extractTenure(indexDocument(docWith('experience', { id: 'b', text })), NOW);
    expect(text.slice(e.location.start, e.location.end)).toBe('Feb 2019 – Apr 2020');
    expect(e.id).toContain('tenure.text-range@b');
  });
});
