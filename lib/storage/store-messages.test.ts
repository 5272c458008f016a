import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const testChrome = await vi.hoisted(async () => (await import('../messaging/test-runtime-messaging')).installTestChrome());

const { createCandidateStore } = await import('./candidate-store');
const { StorageFullError } = await import('./storage-usage');
const { answerStoreRequest, serveStoreRequests, withWritesThroughBackground } = await import('./store-messages');
const { sampleDocument, sampleScreening } = await import('./synthetic-candidates');
const { seededRandom, withJitter, withQuota } = await import('./test-storage-areas');
type StorageAreaLike = import('./storage-area').StorageAreaLike;
type SendStoreRequest = import('./store-client').SendStoreRequest;

const shared = fakeBrowser.storage.local as unknown as StorageAreaLike;

beforeEach(() => fakeBrowser.reset());

/** A background store reached the way runtime messages reach it: cloned, after a random delay. */
function background(area: StorageAreaLike, seed: number): SendStoreRequest {
  const store = createCandidateStore(area, { quotaBytes: 5_000_000 });
  const random = seededRandom(seed);
  return async (message) => {
    await new Promise((resolve) => setTimeout(resolve, Math.floor(random() * 3)));
    return JSON.parse(JSON.stringify(await answerStoreRequest(store, JSON.parse(JSON.stringify(message)))));
  };
}

// With a quota each write first measures storage: more calls, a wider window for another tab to slip in.
function page(area: StorageAreaLike, send: SendStoreRequest) {
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
      sidePanel.update(record.key, { status: 'shortlisted' }),
      sidePanel.update(record.key, { tags: ['side'] }),
      inPage.saveScreening(sampleDocument('ada-example'), sampleScreening({ score: 88 })),
    ]);
    const stored = await inPage.get(record.key);
    expect(stored).toMatchObject({ note: 'typed in the page', status: 'shortlisted', tags: ['side'] });
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
    const send: SendStoreRequest = async (message) => JSON.parse(JSON.stringify(await answerStoreRequest(createCandidateStore(area), message)));
    await expect(page(area, send).saveScreening(sampleDocument('ada-example'), sampleScreening())).rejects.toBeInstanceOf(StorageFullError);
  });

  it.each([
    ['an unknown operation', { op: 'clearEverything', args: [] }],
    ['a bad patch', { op: 'update', args: ['linkedin:x', { status: 'hired' }] }],
    ['an old status id', { op: 'update', args: ['linkedin:x', { status: 'strong' }] }],
    ['a document that is not one', { op: 'saveScreening', args: [{}, {}, {}] }],
  ])('refuses %s', async (_, message) => {
    const response = await answerStoreRequest(createCandidateStore(shared), message);
    expect(response.ok).toBe(false);
    expect(Object.keys(await shared.get(null))).toEqual([]);
  });
});

describe('writes through the runtime to the background', () => {
  let stop: (() => void) | undefined;
  afterEach(() => stop?.());

  it('a page save is carried out by the serving store', async () => {
    stop = serveStoreRequests(createCandidateStore(shared, { quotaBytes: null }));
    const inPage = withWritesThroughBackground(createCandidateStore(shared, { quotaBytes: null }));
    const saved = await inPage.saveScreening(sampleDocument('ada-example'), sampleScreening());
    expect(saved.created).toBe(true);
    expect(await inPage.get('linkedin:ada-example')).toMatchObject({ key: 'linkedin:ada-example' });
  });

  // Mutation check: this fails if the sender check in onMessageFromExtension (protocol.ts) is removed.
  it('refuses a candidate write from another extension (sender check)', async () => {
    stop = serveStoreRequests(createCandidateStore(shared, { quotaBytes: null }));
    const request = { op: 'saveScreening', args: [sampleDocument('intruder'), sampleScreening(), {}] };
    const reply = (await testChrome.deliverFrom({ id: 'some-other-extension' }, { id: 1, type: 'candidateStore', data: request, timestamp: 0 })) as {
      err?: { message: string };
    };
    expect(reply.err?.message).toMatch(/did not come from Shipcheck/);
    expect(Object.keys(await shared.get(null))).toEqual([]);
  });

  it('refuses a note over the limit in the page, with its own message, before anything is sent', async () => {
    const sent: unknown[] = [];
    const inPage = withWritesThroughBackground(createCandidateStore(shared), async (request) => {
      sent.push(request);
      return { ok: true, value: null };
    });
    await expect(inPage.update('linkedin:ada', { note: 'x'.repeat(20_001) })).rejects.toThrow(/^Not saved: the note is 20,001 characters long.*at most 20,000/);
    expect(sent).toEqual([]);
  });
});
