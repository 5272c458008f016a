import { describe, expect, it } from 'vitest';
import { CandidateRecord, CURRENT_SCHEMA, ScreeningSnapshot } from './candidate-record';
import { EXAMPLE_RECORD_V1, EXAMPLE_RECORD_V2, EXAMPLE_RECORD_V3, EXAMPLE_SNAPSHOT_V2 } from './record-examples';
import { CandidateRecordV1, CandidateRecordV2, migrateV1ToV2, migrateV2ToV3, readStoredRecord } from './record-migrations';

describe('one example per schema version', () => {
  it('version 1 example matches the version 1 schema', () => {
    expect(CandidateRecordV1.parse(EXAMPLE_RECORD_V1)).toEqual(EXAMPLE_RECORD_V1);
  });
  it('version 2 example matches the version 2 schema', () => {
    expect(CandidateRecordV2.parse(EXAMPLE_RECORD_V2)).toEqual(EXAMPLE_RECORD_V2);
    expect(ScreeningSnapshot.parse(EXAMPLE_SNAPSHOT_V2)).toEqual(EXAMPLE_SNAPSHOT_V2);
  });
  it('version 3 example matches the current schema', () => {
    expect(CURRENT_SCHEMA).toBe(3);
    expect(CandidateRecord.parse(EXAMPLE_RECORD_V3)).toEqual(EXAMPLE_RECORD_V3);
  });
});

describe('migrateV1ToV2', () => {
  it('produces a valid version 2 record and snapshot', () => {
    const { record, snapshots } = migrateV1ToV2(EXAMPLE_RECORD_V1);
    expect(CandidateRecordV2.safeParse(record).success).toBe(true);
    expect(ScreeningSnapshot.safeParse(snapshots['linkedin:ada-example']).success).toBe(true);
  });

  it('keeps the note, the name, the score and the flags', () => {
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

describe('migrateV2ToV3', () => {
  it('produces a valid current record, everything but the status and the schema unchanged', () => {
    const record = migrateV2ToV3(EXAMPLE_RECORD_V2);
    expect(CandidateRecord.safeParse(record).success).toBe(true);
    expect(record).toEqual({ ...EXAMPLE_RECORD_V2, schema: 3, status: 'shortlisted' });
  });

  it.each([
    ['unreviewed', 'new'],
    ['strong', 'shortlisted'],
    ['potential', 'maybe'],
    ['pass', 'rejected'],
  ] as const)('maps the status %s (named after a verdict) to %s', (old, current) => {
    expect(migrateV2ToV3({ ...EXAMPLE_RECORD_V2, status: old }).status).toBe(current);
  });
});

describe('readStoredRecord', () => {
  it('reads a current record as it is', () => {
    expect(readStoredRecord(EXAMPLE_RECORD_V3, EXAMPLE_RECORD_V3.key)).toEqual({ kind: 'current', record: EXAMPLE_RECORD_V3 });
  });

  it('brings a version 2 record up to today', () => {
    expect(readStoredRecord(EXAMPLE_RECORD_V2, EXAMPLE_RECORD_V2.key)).toEqual({ kind: 'migrated', from: 2, record: EXAMPLE_RECORD_V3, snapshots: {} });
  });

  it.each([
    ['new', 'new'],
    ['shortlist', 'shortlisted'],
    ['maybe', 'maybe'],
    ['rejected', 'rejected'],
  ] as const)('brings a version 1 record up to today through every step: status %s -> %s', (old, current) => {
    const read = readStoredRecord({ ...EXAMPLE_RECORD_V1, status: old }, EXAMPLE_RECORD_V1.id);
    expect(read).toMatchObject({ kind: 'migrated', from: 1, record: { schema: 3, status: current, note: EXAMPLE_RECORD_V1.notes } });
    if (read.kind === 'migrated') expect(Object.keys(read.snapshots)).toEqual(['linkedin:ada-example']);
  });

  it('leaves a record of a newer schema alone, saying why', () => {
    expect(readStoredRecord({ schema: 4, key: 'linkedin:x', whatever: true }, 'linkedin:x')).toEqual({
      kind: 'newer',
      schema: 4,
      reason: 'written by a newer Shipcheck (schema 4)',
    });
  });

  it.each([
    ['null', null, /not an object/],
    ['a string', 'hello', /not an object/],
    ['a list', [EXAMPLE_RECORD_V3], /not an object/],
    ['no version', { name: 'x' }, /unknown schema/],
    ['schema 0', { ...EXAMPLE_RECORD_V3, schema: 0 }, /unknown schema/],
    ['a record stored under another key', EXAMPLE_RECORD_V3, /stored under candidate:linkedin:elsewhere but names linkedin:grace-example/],
    ['a damaged record with nothing worth keeping', { schema: 3, key: 'linkedin:elsewhere', status: 'hired' }, /identities/],
  ])('cannot use %s, and says why', (_, raw, reason) => {
    const read = readStoredRecord(raw, 'linkedin:elsewhere');
    expect(read.kind).toBe('unreadable');
    if (read.kind === 'unreadable') expect(read.reason).toMatch(reason);
  });

  it.each([
    ['a bad status in schema 3', { ...EXAMPLE_RECORD_V3, status: 'hired' }, /status/, 'new'],
    ['a bad status in schema 2', { ...EXAMPLE_RECORD_V2, status: 'hired' }, /schema 2: status/, 'new'],
    ['a number for tags in schema 2', { ...EXAMPLE_RECORD_V2, tags: 7 }, /schema 2: tags/, 'shortlisted'],
  ])('repairs %s, keeping the note and the valid fields', (_, raw, reason, status) => {
    const read = readStoredRecord(raw, EXAMPLE_RECORD_V3.key);
    expect(read.kind).toBe('repaired');
    if (read.kind !== 'repaired') return;
    expect(read.reason).toMatch(reason);
    expect(read.record).toMatchObject({ note: EXAMPLE_RECORD_V3.note, name: 'Grace Example', status, sources: EXAMPLE_RECORD_V3.sources });
  });

  it('repairs a damaged version 1 record: note, status and name kept, its score left in the original', () => {
    const read = readStoredRecord({ ...EXAMPLE_RECORD_V1, savedAt: 'yesterday' }, EXAMPLE_RECORD_V1.id);
    expect(read).toMatchObject({
      kind: 'repaired',
      reason: expect.stringMatching(/version 1: savedAt/),
      record: { note: EXAMPLE_RECORD_V1.notes, status: 'shortlisted', sources: [] },
    });
  });
});
