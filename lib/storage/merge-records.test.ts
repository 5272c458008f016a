import { describe, expect, it } from 'vitest';
import type { CandidateRecord } from './candidate-record';
import { candidateScore, mergeRecords } from './merge-records';
import { EXAMPLE_RECORD_V3 } from './record-examples';

const other: CandidateRecord = {
  ...EXAMPLE_RECORD_V3,
  key: 'pdf:abc',
  identities: ['pdf:abc'],
  name: 'G. Example',
  sources: [{ ...EXAMPLE_RECORD_V3.sources[0], identity: 'pdf:abc', source: 'pdf', score: 90 }],
  mentions: ['linkedin:grace-example', 'github:someone'],
  status: 'rejected',
  tags: ['Referral', 'pdf'],
  note: 'From the careers inbox.',
  createdAt: '2026-01-01T00:00:00.000Z',
};

describe('mergeRecords', () => {
  it('keeps every identity, source, tag and both notes', () => {
    const merged = mergeRecords(EXAMPLE_RECORD_V3, other);
    expect(merged.identities).toEqual(['linkedin:grace-example', 'github:grace-ex', 'pdf:abc']);
    expect(merged.sources.map((s) => s.identity)).toEqual(['linkedin:grace-example', 'github:grace-ex', 'pdf:abc']);
    expect(merged.note).toBe(`${EXAMPLE_RECORD_V3.note}\n\nFrom the careers inbox.`);
    expect(merged.mentions).toEqual(['github:someone']);
    expect(merged.createdAt).toBe('2026-01-01T00:00:00.000Z');
    expect(merged.name).toBe('Grace Example');
  });

  it.each([
    ['shortlisted', 'rejected', 'shortlisted'],
    ['new', 'rejected', 'rejected'],
    ['maybe', 'new', 'maybe'],
  ] as const)('status: kept %s + other %s = %s', (keep, theirs, expected) => {
    expect(mergeRecords({ ...EXAMPLE_RECORD_V3, status: keep }, { ...other, status: theirs }).status).toBe(expected);
  });

  it('does not repeat a note already contained in the other', () => {
    expect(mergeRecords({ ...EXAMPLE_RECORD_V3, note: 'abc def' }, { ...other, note: 'abc' }).note).toBe('abc def');
    expect(mergeRecords({ ...EXAMPLE_RECORD_V3, note: '' }, other).note).toBe(other.note);
  });
});

describe('candidateScore', () => {
  it('is the best score of the sources', () => {
    expect(candidateScore(EXAMPLE_RECORD_V3)).toBe(81);
    expect(candidateScore({ ...EXAMPLE_RECORD_V3, sources: [] })).toBe(0);
  });
});
