import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { createCandidateStore } from './candidate-store';
import type { StorageAreaLike } from './storage-area';
import { StorageFullError } from './storage-usage';
import { answerStoreMessage, STORE_MESSAGE, withWritesThroughBackground, type SendStoreMessage } from './store-messages';
import { sampleDocument, sampleScreening } from './synthetic-candidates';
import { seededRandom, withJitter, withQuota } from './test-storage-areas';

const shared = fakeBrowser.storage.local as unknown as StorageAreaLike;

beforeEach(() => fakeBrowser.reset());

/** A background store reached the way runtime messages reach it: cloned, after a random delay. */
function background(area: StorageAreaLike, seed: number): SendStoreMessage {
  const store = createCandidateStore(area, { quotaBytes: 5_000_000 });
  const random = seededRandom(seed);
  return async (message) => {
    await new Promise((resolve) => setTimeout(resolve, Math.floor(random() * 3)));
    return JSON.parse(JSON.stringify(await answerStoreMessage(store, JSON.parse(JSON.stringify(message)))));
  };
}

// With a quota each write first measures storage: more calls, a wider window for another tab to slip in.
function page(area: StorageAreaLike, send: SendStoreMessage) {
  return withWritesThroughBackground(createCandidateStore(area, { quotaBytes: 5_000_000 }), send);
}

describe('writes through the background', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])('edits of one candidate from a page panel and a side panel all survive (seed %i)', async (seed) => {
    const area = withJitter(shared, seededRandom(seed), 8);
    const send = background(area, seed);
    const inPage = page(area, send);
    const sidePanel = page(area, send);
    const { record } = await inPage.saveScreening(sampleDocument('ada-example'), sampleScreening());
    await Promise.all([
      inPage.update(record.key, { note: 'typed in the page' }),
      sidePanel.update(record.key, { status: 'strong' }),
      sidePanel.update(record.key, { tags: ['side'] }),
      inPage.saveScreening(sampleDocument('ada-example'), sampleScreening({ score: 88 })),
    ]);
    const stored = await inPage.get(record.key);
    expect(stored).toMatchObject({ note: 'typed in the page', status: 'strong', tags: ['side'] });
    expect(stored?.sources[0].score).toBe(88);
  });

  it('writes locally when no background answers', async () => {
    const store = page(shared, async () => undefined);
    const saved = await store.saveScreening(sampleDocument('ada-example'), sampleScreening());
    expect(saved.created).toBe(true);
    expect((await store.list()).records).toHaveLength(1);
  });

  it('writes locally when sending fails (no receiver)', async () => {
    const store = page(shared, async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    await store.saveScreening(sampleDocument('ada-example'), sampleScreening());
    expect((await store.list()).records).toHaveLength(1);
  });

  it('brings a full-storage refusal back as a StorageFullError', async () => {
    const area = withQuota(shared, 1_000);
    const send: SendStoreMessage = async (message) => JSON.parse(JSON.stringify(await answerStoreMessage(createCandidateStore(area), message)));
    await expect(page(area, send).saveScreening(sampleDocument('ada-example'), sampleScreening())).rejects.toBeInstanceOf(StorageFullError);
  });

  it.each([
    ['an unknown operation', { type: STORE_MESSAGE, op: 'clearEverything', args: [] }],
    ['a bad patch', { type: STORE_MESSAGE, op: 'update', args: ['linkedin:x', { status: 'hired' }] }],
    ['a document that is not one', { type: STORE_MESSAGE, op: 'saveScreening', args: [{}, {}, {}] }],
  ])('refuses %s', async (_, message) => {
    const response = await answerStoreMessage(createCandidateStore(shared), message);
    expect(response.ok).toBe(false);
    expect(Object.keys(await shared.get(null))).toEqual([]);
  });
});
