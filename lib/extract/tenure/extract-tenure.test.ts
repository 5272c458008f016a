import { describe, expect, it } from 'vitest';
import type { Block, CandidateDocument, SectionKind } from '../../model/candidate-document';
import { indexDocument } from '../../text/indexed-document';
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

function tenures(kind: SectionKind, ...blocks: Block[]) {
  return extractTenure(indexDocument(docWith(kind, ...blocks)), NOW).map((e) => e.tenure);
}

describe('extractTenure', () => {
  it.each<[string, Block, { start?: string; end?: string; months?: number; problem?: string }]>([
    [
      'structured ISO dates',
      { id: 'b', text: 'Built things.', dates: { raw: '2019-03 – 2021-06', start: '2019-03', end: '2021-06' } },
      { start: '2019-03', end: '2021-06', months: 28 },
    ],
    ['structured start only is ongoing', { id: 'b', text: '', dates: { raw: '2024-01', start: '2024-01' } }, { start: '2024-01', end: 'present', months: 18 }],
    ['raw only', { id: 'b', text: '', dates: { raw: 'Jan 2020 - Mar 2021 · 1 yr 3 mos' } }, { start: '2020-01', end: '2021-03', months: 15 }],
    ['range in the title', { id: 'b', text: 'Did work.', title: 'ML Engineer, Acme (Sep 2021 - now)' }, { start: '2021-09', end: 'present', months: 46 }],
    ['range on a header line', { id: 'b', text: 'Acme Corp | 03/2019 – 06/2021\nBuilt a churn model.' }, { start: '2019-03', end: '2021-06', months: 28 }],
    ['year-only range', { id: 'b', text: 'Analyst 2018 - 2020' }, { start: '2018', end: '2020', months: 24 }],
    [
      'end before start',
      { id: 'b', text: '', dates: { raw: '2021-05 – 2019-02', start: '2021-05', end: '2019-02' } },
      { problem: 'end date is before start date' },
    ],
    ['start in the future', { id: 'b', text: '', dates: { raw: '2026-05 –', start: '2026-05-18' } }, { problem: 'start date is in the future' }],
    [
      'implausible year',
      { id: 'b', text: '', dates: { raw: '1933 – 1955', start: '1933-01-01', end: '1955-01-01' } },
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
