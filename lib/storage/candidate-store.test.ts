import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { createCandidateStore, NewerRecordError } from './candidate-store';
import { EXAMPLE_RECORD_V1, EXAMPLE_RECORD_V2, EXAMPLE_RECORD_V3, EXAMPLE_SNAPSHOT_V2 } from './record-examples';
import { candidateKey, QUARANTINE_PREFIX, snapshotKey, type StorageAreaLike } from './storage-area';
import { NOTE_MAX_CHARS, NoteTooLongError } from './candidate-patch';
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
    await store().update(record.key, { status: 'shortlisted', tags: ['nlp', ' NLP ', 'remote'], note: 'Call back' });
    const again = await store().saveScreening(sampleDocument('ada-example'), sampleScreening({ score: 90 }));
    expect(again.record).toMatchObject({ status: 'shortlisted', tags: ['nlp', 'remote'], note: 'Call back' });
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

describe('readMany', () => {
  it('reads several records in one call, older versions upgraded, absent and unreadable ones left out', async () => {
    await area.set({ [candidateKey(EXAMPLE_RECORD_V2.key)]: EXAMPLE_RECORD_V2, [candidateKey('linkedin:bad')]: 'damaged' });
    const found = await store().readMany([EXAMPLE_RECORD_V2.key, 'linkedin:bad', 'linkedin:absent']);
    expect([...found.entries()]).toEqual([[EXAMPLE_RECORD_V2.key, EXAMPLE_RECORD_V3]]);
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
    await area.set({ [candidateKey(EXAMPLE_RECORD_V3.key)]: EXAMPLE_RECORD_V3, [snapshotKey('linkedin:grace-example')]: EXAMPLE_SNAPSHOT_V2 });
    const { records, quarantined } = await store().list();
    expect(quarantined).toEqual([]);
    expect(records).toEqual([EXAMPLE_RECORD_V3]);
  });

  it('migrates a version 1 record on read and writes the upgrade back', async () => {
    await area.set({ [candidateKey(EXAMPLE_RECORD_V1.id)]: EXAMPLE_RECORD_V1 });
    const { records, upgraded } = await store().list();
    await upgraded;
    expect(records[0]).toMatchObject({ schema: 3, key: 'linkedin:ada-example', status: 'shortlisted', note: EXAMPLE_RECORD_V1.notes });
    const stored = await area.get(null);
    expect(stored[candidateKey('linkedin:ada-example')]).toMatchObject({ schema: 3, status: 'shortlisted' });
    expect(stored[snapshotKey('linkedin:ada-example')]).toMatchObject({ flags: EXAMPLE_RECORD_V1.screening.flags, evidenceTrimmed: true });
  });

  it('migrates a version 2 record, keeping its place in the list (updatedAt) and its snapshot', async () => {
    await area.set({ [candidateKey(EXAMPLE_RECORD_V2.key)]: EXAMPLE_RECORD_V2, [snapshotKey('linkedin:grace-example')]: EXAMPLE_SNAPSHOT_V2 });
    const { records, upgraded } = await store().list();
    expect(records).toEqual([EXAMPLE_RECORD_V3]);
    await upgraded;
    const stored = await area.get(null);
    expect(stored[candidateKey(EXAMPLE_RECORD_V2.key)]).toMatchObject({ schema: 3, status: 'shortlisted', updatedAt: EXAMPLE_RECORD_V2.updatedAt });
    expect(stored[snapshotKey('linkedin:grace-example')]).toEqual(EXAMPLE_SNAPSHOT_V2);
  });

  it('migrates an old record it is asked to change, and applies the change', async () => {
    await area.set({ [candidateKey(EXAMPLE_RECORD_V2.key)]: { ...EXAMPLE_RECORD_V2, status: 'pass' } });
    const updated = await store().update(EXAMPLE_RECORD_V2.key, { note: 'Checked references.' });
    expect(updated).toMatchObject({ schema: 3, status: 'rejected', note: 'Checked references.' });
  });

  it('reading never writes: get and readRecent leave an old record as stored', async () => {
    await area.set({ [candidateKey(EXAMPLE_RECORD_V2.key)]: EXAMPLE_RECORD_V2 });
    const before = await area.get(null);
    expect(await store().get('github:grace-ex')).toBeUndefined();
    expect(await store().get(EXAMPLE_RECORD_V2.key)).toEqual(EXAMPLE_RECORD_V3);
    expect(await area.get(null)).toEqual(before);
  });
});

describe('records a newer Shipcheck wrote', () => {
  const future = { schema: 4, key: 'linkedin:grace-example', status: 'interviewing', note: 'Kept by the newer version.' };

  it('are reported, not shown, and left exactly as stored when the list opens', async () => {
    await area.set({ [candidateKey(future.key)]: future });
    const { records, quarantined, newer } = await store().list();
    expect(records).toEqual([]);
    expect(quarantined).toEqual([]);
    expect(newer).toEqual([future.key]);
    expect(await area.get(null)).toEqual({ [candidateKey(future.key)]: future });
  });

  it('are never written over: saving or editing that candidate is refused with a reason', async () => {
    await area.set({ [candidateKey(future.key)]: future });
    await expect(store().update(future.key, { note: 'x' })).rejects.toBeInstanceOf(NewerRecordError);
    await expect(store().saveScreening(sampleDocument('grace-example'), sampleScreening())).rejects.toThrow(
      /newer version of Shipcheck.*nothing was overwritten/,
    );
    expect(await area.get(null)).toEqual({ [candidateKey(future.key)]: future });
  });
});

describe('corrupt data', () => {
  it('keeps valid records, sets the rest aside with a reason, and reports them', async () => {
    await area.set({
      [candidateKey(EXAMPLE_RECORD_V3.key)]: EXAMPLE_RECORD_V3,
      [candidateKey('linkedin:broken')]: { schema: 3, key: 'linkedin:broken', status: 'maybe?' },
      [candidateKey('linkedin:text')]: 'hand-edited text',
      [candidateKey('linkedin:moved')]: { ...EXAMPLE_RECORD_V3, key: 'linkedin:elsewhere' },
      unrelated: { keep: true },
    });
    const { records, quarantined } = await store().list();
    expect(records.map((r) => r.key)).toEqual([EXAMPLE_RECORD_V3.key]);
    expect(quarantined.map((q) => q.key).sort()).toEqual(['candidate:linkedin:broken', 'candidate:linkedin:moved', 'candidate:linkedin:text']);
    expect(quarantined.find((q) => q.key === 'candidate:linkedin:moved')?.reason).toMatch(/names linkedin:elsewhere/);
    const all = await area.get(null);
    expect(Object.keys(all).filter((key) => key.startsWith(QUARANTINE_PREFIX))).toHaveLength(3);
    expect(Object.keys(all).filter((key) => key.startsWith('candidate:'))).toEqual([candidateKey(EXAMPLE_RECORD_V3.key)]);
    expect(all.unrelated).toEqual({ keep: true });
    // Set aside once: opening the list again adds nothing.
    expect((await store().list()).quarantined).toHaveLength(3);
  });

  it('keeps every corrupt value found under one key: a second one is added, never written over the first', async () => {
    await area.set({ [candidateKey('linkedin:ada')]: 'first damage' });
    await store().list();
    await area.set({ [candidateKey('linkedin:ada')]: 'second damage' });
    await store().list();
    expect((await store().listQuarantine()).map((entry) => entry.value)).toEqual(['first damage', 'second damage']);
  });

  it('keeps a damaged record with its valid fields and its note, and sets the original aside', async () => {
    const damaged = { ...EXAMPLE_RECORD_V3, status: 'hired', tags: ['ranking', 42] };
    await area.set({ [candidateKey(EXAMPLE_RECORD_V3.key)]: damaged });
    const { records, quarantined } = await store().list();
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      note: EXAMPLE_RECORD_V3.note,
      name: 'Grace Example',
      status: 'new',
      tags: ['ranking'],
      sources: EXAMPLE_RECORD_V3.sources,
    });
    expect(quarantined).toEqual([expect.objectContaining({ key: candidateKey(EXAMPLE_RECORD_V3.key), value: damaged, repaired: true })]);
    expect(quarantined[0].reason).toMatch(/status/);
    // Written back repaired: the next opening finds a whole record and sets nothing more aside.
    expect((await area.get(candidateKey(EXAMPLE_RECORD_V3.key)))[candidateKey(EXAMPLE_RECORD_V3.key)]).toMatchObject({
      status: 'new',
      note: EXAMPLE_RECORD_V3.note,
    });
    expect((await store().list()).quarantined).toHaveLength(1);
  });

  it('shows a damaged record in the panel too (get), before anything repaired it', async () => {
    await area.set({ [candidateKey(EXAMPLE_RECORD_V3.key)]: { ...EXAMPLE_RECORD_V3, createdAt: 12 } });
    expect(await store().get('github:grace-ex')).toBeUndefined();
    expect((await store().get(EXAMPLE_RECORD_V3.key))?.note).toBe(EXAMPLE_RECORD_V3.note);
  });

  it('sets an unreadable value aside once when an edit finds it, and clears its key', async () => {
    await area.set({ [candidateKey('linkedin:x')]: 'damaged' });
    expect(await store().update('linkedin:x', { note: 'lost?' })).toBeUndefined();
    expect(await store().update('linkedin:x', { note: 'lost?' })).toBeUndefined();
    expect((await store().listQuarantine()).map((entry) => entry.value)).toEqual(['damaged']);
    expect(await area.get(candidateKey('linkedin:x'))).toEqual({});
  });

  it('replaces a corrupt record on the next save instead of failing', async () => {
    await area.set({ [candidateKey('linkedin:ada-example')]: { schema: 3, garbage: true } });
    const saved = await store().saveScreening(sampleDocument('ada-example'), sampleScreening());
    expect(saved.record.key).toBe('linkedin:ada-example');
    expect(await store().listQuarantine()).toHaveLength(1);
  });

  it('discards exactly the set-aside entries the recruiter saw, not one added since', async () => {
    await area.set({ [candidateKey('linkedin:a')]: 'old damage' });
    const { quarantined: seen } = await store().list();
    await area.set({ [candidateKey('linkedin:b')]: 'new damage' });
    await store().list();
    await store().clearQuarantine(seen);
    expect((await store().listQuarantine()).map((entry) => entry.value)).toEqual(['new damage']);
  });
});

describe('note size', () => {
  it('saves a note of exactly the limit', async () => {
    const { record } = await store().saveScreening(sampleDocument('ada-example'), sampleScreening());
    expect((await store().update(record.key, { note: 'n'.repeat(NOTE_MAX_CHARS) }))?.note).toHaveLength(NOTE_MAX_CHARS);
  });

  it('refuses a longer note with a message that says how long it is and what the limit is, changing nothing', async () => {
    const { record } = await store().saveScreening(sampleDocument('ada-example'), sampleScreening(), { note: 'kept' });
    await expect(store().update(record.key, { note: 'n'.repeat(NOTE_MAX_CHARS + 1) })).rejects.toThrow(
      'Not saved: the note is 20,001 characters long and a note holds at most 20,000. Shorten it and it saves; the text stays in the box meanwhile.',
    );
    await expect(store().saveScreening(sampleDocument('ada-example'), sampleScreening(), { note: 'n'.repeat(NOTE_MAX_CHARS + 1) })).rejects.toBeInstanceOf(
      NoteTooLongError,
    );
    expect((await store().get(record.key))?.note).toBe('kept');
  });
});
