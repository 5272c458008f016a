import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { createCandidateStore } from './candidate-store';
import { EXAMPLE_RECORD_V1, EXAMPLE_RECORD_V2, EXAMPLE_SNAPSHOT_V2 } from './record-examples';
import { candidateKey, QUARANTINE_PREFIX, snapshotKey, type StorageAreaLike } from './storage-area';
import { sampleDocument, sampleScreening } from './synthetic-candidates';

const area = fakeBrowser.storage.local as unknown as StorageAreaLike;
const store = () => createCandidateStore(area, { quotaBytes: null });

beforeEach(() => fakeBrowser.reset());

describe('saveScreening', () => {
  it('creates the candidate once and updates the same record on a second save', async () => {
    const first = await store().saveScreening(sampleDocument('ada-example'), sampleScreening({ score: 60 }));
    const second = await store().saveScreening(sampleDocument('ada-example'), sampleScreening({ score: 80 }));
    const { records } = await store().list();
    expect(first.created).toBe(true);
    expect(second.created).toBe(false);
    expect(records).toHaveLength(1);
    expect(records[0].sources).toHaveLength(1);
    expect(records[0].sources[0].score).toBe(80);
  });

  it('keeps the flags and the quotes they cite in the snapshot', async () => {
    const { record } = await store().saveScreening(sampleDocument('ada-example'), sampleScreening());
    const snapshots = await store().snapshotsOf(record);
    const snapshot = snapshots['linkedin:ada-example'];
    expect(snapshot.flags[0].id).toBe('accuracy-only');
    expect(snapshot.evidence.map((e) => e.quote)).toContain('Cut p95 latency from 90ms to 20ms for 4M daily users.');
  });

  it('treats slugs that differ only in case or escaping as the same person', async () => {
    await store().saveScreening(sampleDocument('x', { identity: { kind: 'linkedin', id: 'J%C3%BCrgen-Ex' } }), sampleScreening());
    await store().saveScreening(sampleDocument('x', { identity: { kind: 'linkedin', id: 'jürgen-ex' } }), sampleScreening());
    expect((await store().list()).records.map((r) => r.key)).toEqual(['linkedin:jürgen-ex']);
  });

  it('keeps status, tags and note when the screening is saved again', async () => {
    const { record } = await store().saveScreening(sampleDocument('ada-example'), sampleScreening());
    await store().update(record.key, { status: 'strong', tags: ['nlp', ' NLP ', 'remote'], note: 'Call back' });
    const again = await store().saveScreening(sampleDocument('ada-example'), sampleScreening({ score: 90 }));
    expect(again.record).toMatchObject({ status: 'strong', tags: ['nlp', 'remote'], note: 'Call back' });
  });
});

describe('linking sources', () => {
  const pdf = () =>
    sampleDocument('unused', {
      source: 'pdf',
      url: undefined,
      identity: { kind: 'pdf', id: 'abc123' },
      person: { name: 'Ada Example', links: ['linkedin.com/in/ada-example', 'https://github.com/ada-ex'] },
    });

  it('suggests a saved profile that the document links to, and links them keeping both screenings', async () => {
    const linkedin = await store().saveScreening(sampleDocument('ada-example'), sampleScreening({ score: 70 }));
    const suggestions = await store().suggestLinks(pdf());
    expect(suggestions.map((r) => r.key)).toEqual([linkedin.record.key]);

    const fromPdf = await store().saveScreening(pdf(), sampleScreening({ source: 'pdf', score: 50 }));
    const linked = await store().link(linkedin.record.key, fromPdf.record.key);
    expect(linked?.identities).toEqual(['linkedin:ada-example', 'pdf:abc123']);
    const { records } = await store().list();
    expect(records).toHaveLength(1);
    expect(Object.keys(await store().snapshotsOf(records[0])).sort()).toEqual(['linkedin:ada-example', 'pdf:abc123']);
  });

  it('sends later saves of a linked identity to the linked record', async () => {
    const linkedin = await store().saveScreening(sampleDocument('ada-example'), sampleScreening());
    const fromPdf = await store().saveScreening(pdf(), sampleScreening({ source: 'pdf' }));
    await store().link(linkedin.record.key, fromPdf.record.key);
    const again = await store().saveScreening(pdf(), sampleScreening({ source: 'pdf', score: 99 }));
    expect(again.record.key).toBe('linkedin:ada-example');
    expect((await store().list()).records).toHaveLength(1);
  });

  it('suggests the reverse direction: a saved resume that names this profile', async () => {
    const fromPdf = await store().saveScreening(pdf(), sampleScreening({ source: 'pdf' }));
    const suggestions = await store().suggestLinks(sampleDocument('ada-example'));
    expect(suggestions.map((r) => r.key)).toEqual([fromPdf.record.key]);
  });

  it('stops suggesting a resume once it is deleted', async () => {
    const fromPdf = await store().saveScreening(pdf(), sampleScreening({ source: 'pdf' }));
    await store().remove([fromPdf.record.key]);
    expect(await store().suggestLinks(sampleDocument('ada-example'))).toEqual([]);
    expect(Object.keys(await area.get(null)).filter((key) => key.startsWith('mention:'))).toEqual([]);
  });

  it('suggests nothing for an unrelated profile', async () => {
    await store().saveScreening(pdf(), sampleScreening({ source: 'pdf' }));
    expect(await store().suggestLinks(sampleDocument('someone-else'))).toEqual([]);
  });
});

describe('delete and undo', () => {
  it('removes the record and its snapshots, and restores both', async () => {
    const { record } = await store().saveScreening(sampleDocument('ada-example'), sampleScreening());
    await store().update(record.key, { note: 'keep me' });
    const removed = await store().remove([record.key]);
    expect((await store().list()).records).toEqual([]);
    expect((await area.get(snapshotKey('linkedin:ada-example')))[snapshotKey('linkedin:ada-example')]).toBeUndefined();
    await store().restore(removed);
    const { records } = await store().list();
    expect(records[0].note).toBe('keep me');
    expect(Object.keys(await store().snapshotsOf(records[0]))).toEqual(['linkedin:ada-example']);
  });
});

describe('schema versions', () => {
  it('reads the current example as is', async () => {
    await area.set({ [candidateKey(EXAMPLE_RECORD_V2.key)]: EXAMPLE_RECORD_V2, [snapshotKey('linkedin:grace-example')]: EXAMPLE_SNAPSHOT_V2 });
    const { records, quarantined } = await store().list();
    expect(quarantined).toEqual([]);
    expect(records).toEqual([EXAMPLE_RECORD_V2]);
  });

  it('migrates a version 1 record on read and writes the upgrade back', async () => {
    await area.set({ [candidateKey(EXAMPLE_RECORD_V1.id)]: EXAMPLE_RECORD_V1 });
    const { records } = await store().list();
    expect(records[0]).toMatchObject({ schema: 2, key: 'linkedin:ada-example', status: 'strong', note: EXAMPLE_RECORD_V1.notes });
    const stored = await area.get(null);
    expect(stored[candidateKey('linkedin:ada-example')]).toMatchObject({ schema: 2 });
    expect(stored[snapshotKey('linkedin:ada-example')]).toMatchObject({ flags: EXAMPLE_RECORD_V1.screening.flags, evidenceTrimmed: true });
  });
});

describe('corrupt data', () => {
  it('keeps valid records, sets the rest aside with a reason, and reports them', async () => {
    await area.set({
      [candidateKey(EXAMPLE_RECORD_V2.key)]: EXAMPLE_RECORD_V2,
      [candidateKey('linkedin:broken')]: { schema: 2, key: 'linkedin:broken', status: 'maybe?' },
      [candidateKey('linkedin:text')]: 'hand-edited text',
      [candidateKey('linkedin:future')]: { schema: 9, key: 'linkedin:future' },
      [candidateKey('linkedin:moved')]: { ...EXAMPLE_RECORD_V2, key: 'linkedin:elsewhere' },
      unrelated: { keep: true },
    });
    const { records, quarantined } = await store().list();
    expect(records.map((r) => r.key)).toEqual([EXAMPLE_RECORD_V2.key]);
    expect(quarantined.map((q) => q.key).sort()).toEqual(
      ['candidate:linkedin:broken', 'candidate:linkedin:future', 'candidate:linkedin:moved', 'candidate:linkedin:text'],
    );
    expect(quarantined.find((q) => q.key === 'candidate:linkedin:future')?.reason).toMatch(/newer Shipcheck/);
    const all = await area.get(null);
    expect(Object.keys(all).filter((key) => key.startsWith(QUARANTINE_PREFIX))).toHaveLength(4);
    expect(all.unrelated).toEqual({ keep: true });
    expect((await store().list()).quarantined).toEqual([]);
    expect(await store().listQuarantine()).toHaveLength(4);
  });

  it('replaces a corrupt record on the next save instead of failing', async () => {
    await area.set({ [candidateKey('linkedin:ada-example')]: { schema: 2, garbage: true } });
    const saved = await store().saveScreening(sampleDocument('ada-example'), sampleScreening());
    expect(saved.record.key).toBe('linkedin:ada-example');
    expect(await store().listQuarantine()).toHaveLength(1);
  });
});
