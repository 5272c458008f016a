import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { createCandidateStore } from './candidate-store';
import { RECENT_KEY, RECENT_LIMIT } from './recent-candidates';
import type { StorageAreaLike } from './storage-area';
import { sampleDocument, sampleScreening } from './synthetic-candidates';

const area = fakeBrowser.storage.local as unknown as StorageAreaLike;

beforeEach(() => fakeBrowser.reset());

function clock() {
  let t = Date.UTC(2026, 0, 1);
  return () => new Date((t += 1000));
}

describe('recent candidates cache', () => {
  it('holds the most recently changed candidates, newest first, and forgets deleted ones', async () => {
    const store = createCandidateStore(area, { quotaBytes: null, now: clock() });
    for (const slug of ['a', 'b', 'c']) await store.saveScreening(sampleDocument(slug), sampleScreening());
    await store.update('linkedin:a', { note: 'touched' });
    expect((await store.readRecent()).map((r) => r.key)).toEqual(['linkedin:a', 'linkedin:c', 'linkedin:b']);
    await store.remove(['linkedin:c']);
    expect((await store.readRecent()).map((r) => r.key)).toEqual(['linkedin:a', 'linkedin:b']);
  });

  it(`keeps at most ${RECENT_LIMIT}`, async () => {
    const store = createCandidateStore(area, { quotaBytes: null, now: clock() });
    for (let i = 0; i < RECENT_LIMIT + 5; i++) await store.saveScreening(sampleDocument(`p${i}`), sampleScreening());
    const recent = await store.readRecent();
    expect(recent).toHaveLength(RECENT_LIMIT);
    expect(recent[0].key).toBe(`linkedin:p${RECENT_LIMIT + 4}`);
  });

  it('is repaired by a full listing when it went stale or was damaged', async () => {
    const store = createCandidateStore(area, { quotaBytes: null, now: clock() });
    await store.saveScreening(sampleDocument('a'), sampleScreening());
    await store.saveScreening(sampleDocument('b'), sampleScreening());
    await area.set({ [RECENT_KEY]: [{ garbage: true }] });
    expect(await store.readRecent()).toEqual([]);
    await store.list();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect((await store.readRecent()).map((r) => r.key)).toEqual(['linkedin:b', 'linkedin:a']);
  });
});
