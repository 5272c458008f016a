import { describe, expect, it } from 'vitest';
import { CandidateRecord, ScreeningSnapshot } from './candidate-record';
import { EXAMPLE_RECORD_V1, EXAMPLE_RECORD_V2, EXAMPLE_SNAPSHOT_V2 } from './record-examples';
import { CandidateRecordV1, migrateV1ToV2, readStoredRecord } from './record-migrations';

describe('one example per schema version', () => {
  it('version 1 example matches the version 1 schema', () => {
    expect(CandidateRecordV1.parse(EXAMPLE_RECORD_V1)).toEqual(EXAMPLE_RECORD_V1);
  });
  it('version 2 example matches the current schema', () => {
    expect(CandidateRecord.parse(EXAMPLE_RECORD_V2)).toEqual(EXAMPLE_RECORD_V2);
    expect(ScreeningSnapshot.parse(EXAMPLE_SNAPSHOT_V2)).toEqual(EXAMPLE_SNAPSHOT_V2);
  });
});

describe('migrateV1ToV2', () => {
  it('produces a valid current record and snapshot', () => {
    const { record, snapshots } = migrateV1ToV2(EXAMPLE_RECORD_V1);
    expect(CandidateRecord.safeParse(record).success).toBe(true);
    expect(ScreeningSnapshot.safeParse(snapshots['linkedin:ada-example']).success).toBe(true);
  });

  it('keeps the note, the name, the score and the flags, and dates from savedAt', () => {
    const { record, snapshots } = migrateV1ToV2(EXAMPLE_RECORD_V1);
    expect(record).toMatchObject({ note: EXAMPLE_RECORD_V1.notes, name: 'Ada Example', createdAt: '2025-01-15T09:30:00.000Z', tags: [] });
    expect(record.sources[0]).toMatchObject({ score: 72, verdict: 'potential', flags: ['accuracy-only'] });
    expect(snapshots['linkedin:ada-example'].flags).toEqual(EXAMPLE_RECORD_V1.screening.flags);
    expect(snapshots['linkedin:ada-example'].evidenceTrimmed).toBe(true);
  });

  it.each([
    ['new', 'unreviewed'],
    ['shortlist', 'strong'],
    ['maybe', 'potential'],
    ['rejected', 'pass'],
  ] as const)('maps the old status %s to %s', (old, current) => {
    expect(migrateV1ToV2({ ...EXAMPLE_RECORD_V1, status: old }).record.status).toBe(current);
  });
});

describe('readStoredRecord', () => {
  it.each([
    ['a current record', EXAMPLE_RECORD_V2, { ok: true, migrated: false }],
    ['a version 1 record', EXAMPLE_RECORD_V1, { ok: true, migrated: true }],
  ])('reads %s', (_, raw, expected) => {
    expect(readStoredRecord(raw)).toMatchObject(expected);
  });

  it.each([
    ['null', null, /not an object/],
    ['a string', 'hello', /not an object/],
    ['no version', { name: 'x' }, /unknown schema/],
    ['a newer schema', { schema: 3 }, /newer Shipcheck/],
    ['a bad status', { ...EXAMPLE_RECORD_V2, status: 'maybe' }, /status/],
    ['a bad version 1 record', { ...EXAMPLE_RECORD_V1, savedAt: 'yesterday' }, /version 1: savedAt/],
  ])('rejects %s with a reason', (_, raw, reason) => {
    const read = readStoredRecord(raw);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.reason).toMatch(reason);
  });
});
