import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { createCandidateStore } from './candidate-store';
import type { StorageAreaLike } from './storage-area';
import { sampleDocument, sampleScreening } from './synthetic-candidates';
import { seededRandom, withJitter } from './test-storage-areas';

const shared = fakeBrowser.storage.local as unknown as StorageAreaLike;

beforeEach(() => fakeBrowser.reset());

function tab(seed: number) {
  return createCandidateStore(withJitter(shared, seededRandom(seed)), { quotaBytes: null });
}

function saveMany(store: ReturnType<typeof tab>, prefix: string, count: number) {
  return Promise.all(
    Array.from({ length: count }, (_, i) => store.saveScreening(sampleDocument(`${prefix}-${i}`), sampleScreening({ name: `${prefix} ${i}` }))),
  );
}

describe('writes from several tabs at once', () => {
  it.each([1, 2, 3])('two tabs saving 100 candidates each keep all 200 (interleaving seed %i)', async (seed) => {
    await Promise.all([saveMany(tab(seed), 'tab-a', 100), saveMany(tab(seed + 100), 'tab-b', 100)]);
    const { records, quarantined } = await tab(0).list();
    expect(quarantined).toEqual([]);
    expect(records).toHaveLength(200);
    expect(new Set(records.map((r) => r.key)).size).toBe(200);
  });

  it('two tabs saving the same 50 candidates create no duplicates', async () => {
    await Promise.all([saveMany(tab(7), 'same', 50), saveMany(tab(8), 'same', 50)]);
    expect((await tab(0).list()).records).toHaveLength(50);
  });

  // Cross-tab edits of one record are ordered by the background (store-messages.test.ts); this checks the
  // read-back retry that catches a write landing between another writer's read and write.
  it('re-applies an edit on top of a write that landed in between', async () => {
    const a = createCandidateStore(shared, { quotaBytes: null });
    const b = createCandidateStore(shared, { quotaBytes: null });
    const { record } = await a.saveScreening(sampleDocument('ada-example'), sampleScreening());
    await Promise.all([a.update(record.key, { note: 'from tab A' }), b.update(record.key, { status: 'shortlisted' }), b.update(record.key, { tags: ['b'] })]);
    expect(await a.get(record.key)).toMatchObject({ note: 'from tab A', status: 'shortlisted', tags: ['b'] });
  });

  it('edits queued in one page apply in order', async () => {
    const store = tab(11);
    const { record } = await store.saveScreening(sampleDocument('ada-example'), sampleScreening());
    await Promise.all(['a', 'ab', 'abc', 'abcd'].map((note) => store.update(record.key, { note })));
    expect((await store.get(record.key))?.note).toBe('abcd');
  });
});
