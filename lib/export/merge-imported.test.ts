import { describe, expect, it } from 'vitest';
import type { CandidateRecord, ScreeningSnapshot } from '../storage/candidate-record';
import { EXAMPLE_RECORD_V3, EXAMPLE_SNAPSHOT_V2 } from '../storage/record-examples';
import type { CheckedEntry } from './check-incoming';
import { mergeImported } from './merge-imported';

// One rule of the table in merge-imported.ts per test, each with a case that applies it and one that must not.
const saved: CandidateRecord = { ...EXAMPLE_RECORD_V3, identities: ['linkedin:grace-example'], sources: [EXAMPLE_RECORD_V3.sources[0]] };
const savedSnapshots = { 'linkedin:grace-example': EXAMPLE_SNAPSHOT_V2 };
const later = {
  ...EXAMPLE_RECORD_V3.sources[0],
  savedAt: '2026-04-01T00:00:00.000Z',
  screenedAt: '2026-04-01T00:00:00.000Z',
  score: 60,
  verdict: 'potential' as const,
};
const laterSnapshot: ScreeningSnapshot = { ...EXAMPLE_SNAPSHOT_V2, screenedAt: later.screenedAt, score: 60, verdict: 'potential' };

function incoming(record: Partial<CandidateRecord>, snapshots: Record<string, ScreeningSnapshot> = {}, clamped: string[] = []): CheckedEntry {
  return { record: { ...saved, ...record }, snapshots, clamped: new Set(clamped), warnings: [] };
}

describe('mergeImported', () => {
  it('a candidate not saved yet is added as the file has it', () => {
    const entry = incoming({ key: 'github:new', identities: ['github:new'] });
    expect(mergeImported(undefined, {}, entry)).toMatchObject({ record: entry.record, changes: [{ field: 'candidate', detail: 'added' }] });
  });

  it('name and headline: the saved value stays; the file fills an empty one', () => {
    expect(mergeImported(saved, savedSnapshots, incoming({ name: 'Someone Else' })).record.name).toBe('Grace Example');
    const { record, changes } = mergeImported({ ...saved, headline: undefined }, savedSnapshots, incoming({ headline: 'Ranking lead' }));
    expect(record.headline).toBe('Ranking lead');
    expect(changes).toEqual([{ field: 'headline', detail: '(empty) → "Ranking lead"' }]);
  });

  it('status: the saved status stays; the file only replaces "new"', () => {
    expect(mergeImported(saved, savedSnapshots, incoming({ status: 'rejected' })).record.status).toBe('shortlisted');
    expect(mergeImported({ ...saved, status: 'new' }, savedSnapshots, incoming({ status: 'rejected' })).changes).toEqual([
      { field: 'status', detail: 'New → Rejected' },
    ]);
  });

  it('tags: both, the saved spelling first', () => {
    const { record, changes } = mergeImported(saved, savedSnapshots, incoming({ tags: ['Ranking', 'nlp'] }));
    expect(record.tags).toEqual(['ranking', 'referral', 'nlp']);
    expect(changes).toEqual([{ field: 'tags', detail: 'added nlp' }]);
  });

  it("note: the file's text is appended, unless the saved note already holds it", () => {
    expect(mergeImported(saved, savedSnapshots, incoming({ note: 'Phone screen booked.' })).changes).toEqual([]);
    const { record } = mergeImported(saved, savedSnapshots, incoming({ note: 'Second opinion: strong.' }));
    expect(record.note).toBe(`${saved.note}\n\nSecond opinion: strong.`);
  });

  it('sources: a later screening with its matching snapshot replaces the saved one', () => {
    const { record, snapshots, changes } = mergeImported(saved, savedSnapshots, incoming({ sources: [later] }, { 'linkedin:grace-example': laterSnapshot }));
    expect(record.sources).toEqual([later]);
    expect(snapshots).toEqual({ 'linkedin:grace-example': laterSnapshot });
    expect(changes.map((c) => c.detail)).toContain('linkedin:grace-example replaced by a later screening (Strong, 81 → Potential, 60)');
  });

  it.each([
    ['an earlier one', { sources: [{ ...later, savedAt: '2026-01-01T00:00:00.000Z' }] }, { 'linkedin:grace-example': laterSnapshot }, []],
    ['one whose time was from the future', { sources: [later] }, { 'linkedin:grace-example': laterSnapshot }, ['linkedin:grace-example']],
    ['one without a screening, over a saved screening', { sources: [later] }, {}, []],
  ])('sources: %s does not replace the saved one', (_, record, snapshots, clamped) => {
    const merge = mergeImported(saved, savedSnapshots, incoming(record, snapshots, clamped));
    expect(merge.record.sources).toEqual(saved.sources);
    expect(merge.snapshots).toEqual({});
  });

  it('identities and mentions: both kept', () => {
    const github = { ...EXAMPLE_RECORD_V3.sources[1] };
    const { record, changes } = mergeImported(
      saved,
      savedSnapshots,
      incoming({ identities: ['linkedin:grace-example', 'github:grace-ex'], sources: [github], mentions: ['github:other'] }),
    );
    expect(record.identities).toEqual(['linkedin:grace-example', 'github:grace-ex']);
    expect(record.mentions).toEqual(['github:other']);
    expect(changes.map((c) => c.field)).toEqual(['identities', 'sources', 'mentions']);
  });

  it('created and updated: the earlier and the later; a later update time alone changes nothing', () => {
    expect(mergeImported(saved, savedSnapshots, incoming({ createdAt: '2026-01-01T00:00:00.000Z' })).record.createdAt).toBe('2026-01-01T00:00:00.000Z');
    const merge = mergeImported(saved, savedSnapshots, incoming({ updatedAt: '2026-05-01T00:00:00.000Z' }));
    expect(merge).toEqual({ record: saved, snapshots: {}, changes: [] });
  });
});
