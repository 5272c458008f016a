import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

await vi.hoisted(async () => (await import('../messaging/test-runtime-messaging')).installTestChrome());

const { createCandidateStore } = await import('./candidate-store');
const { StorageFullError } = await import('./storage-usage');
const { answerStoreRequest, serveStoreRequests } = await import('./store-messages');
const { candidateStoreInBackground } = await import('./store-client');
const { sampleDocument, sampleScreening } = await import('./synthetic-candidates');
const { withQuota } = await import('./test-storage-areas');
type StorageAreaLike = import('./storage-area').StorageAreaLike;
type SendStoreRequest = import('./store-client').SendStoreRequest;

const shared = fakeBrowser.storage.local as unknown as StorageAreaLike;

let stop: Array<() => void> = [];
beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  stop.forEach((remove) => remove());
  stop = [];
});

/** The background's store reached as runtime messages reach it: cloned both ways. */
function background(area: StorageAreaLike): SendStoreRequest {
  const store = createCandidateStore(area, { quotaBytes: null });
  return async (request) => JSON.parse(JSON.stringify(await answerStoreRequest(store, JSON.parse(JSON.stringify(request)))));
}

describe("a content script's store, carried out by the background", () => {
  it('saves, reads back, updates and suggests through the runtime, and hears of changes from storage', async () => {
    stop.push(serveStoreRequests(createCandidateStore(shared, { quotaBytes: null })));
    const inPage = candidateStoreInBackground();
    const changed = vi.fn();
    stop.push(inPage.subscribe(changed));
    const saved = await inPage.saveScreening(sampleDocument('ada-example'), sampleScreening(), { note: 'first call' });
    expect(saved.created).toBe(true);
    await inPage.update(saved.record.key, { status: 'shortlisted' });
    expect(await inPage.getForDocument(sampleDocument('ada-example'))).toMatchObject({ note: 'first call', status: 'shortlisted' });
    expect(await inPage.getForDocument(sampleDocument('nobody-saved'))).toBeUndefined();
    expect(await inPage.suggestLinks(sampleDocument('ada-example'))).toEqual([]);
    expect((await inPage.usage()).level).toBeDefined();
    await vi.waitFor(() => expect(changed).toHaveBeenCalledWith(['linkedin:ada-example']));
  });

  it('asks again when the worker stopped while answering (every request is idempotent)', async () => {
    const answer = background(shared);
    let calls = 0;
    const inPage = candidateStoreInBackground(async (request) => {
      calls++;
      if (calls === 1) throw new Error('The message port closed before a response was received.');
      return answer(request);
    }, shared);
    expect((await inPage.saveScreening(sampleDocument('ada-example'), sampleScreening())).created).toBe(true);
    expect(calls).toBe(2);
  });

  it('says so when the background never answers, and writes nothing itself', async () => {
    const inPage = candidateStoreInBackground(async () => undefined, shared);
    await expect(inPage.saveScreening(sampleDocument('ada-example'), sampleScreening())).rejects.toThrow(/background did not answer/);
    expect(await shared.get(null)).toEqual({});
  });

  it('brings a full-storage refusal back as a StorageFullError', async () => {
    const area = withQuota(shared, 1_000);
    const store = createCandidateStore(area);
    const inPage = candidateStoreInBackground(async (request) => JSON.parse(JSON.stringify(await answerStoreRequest(store, request))), shared);
    await expect(inPage.saveScreening(sampleDocument('ada-example'), sampleScreening())).rejects.toBeInstanceOf(StorageFullError);
  });

  it('refuses a note over the limit with its own message, before anything is sent', async () => {
    const send = vi.fn<SendStoreRequest>(async () => ({ ok: true, value: null }));
    const inPage = candidateStoreInBackground(send, shared);
    await expect(inPage.update('linkedin:ada', { note: 'x'.repeat(20_001) })).rejects.toThrow(/^Not saved: the note is 20,001 characters long.*at most 20,000/);
    await expect(inPage.saveScreening(sampleDocument('ada-example'), sampleScreening(), { note: 'x'.repeat(20_001) })).rejects.toThrow(/20,001/);
    expect(send).not.toHaveBeenCalled();
  });

  it('refuses a read request the background cannot check', async () => {
    const reply = await answerStoreRequest(createCandidateStore(shared), { op: 'getForDocument', args: [{ source: 'myspace' }] });
    expect(reply.ok).toBe(false);
  });
});
