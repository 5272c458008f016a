import { onMessageFromExtension } from '../messaging/protocol';
import { CandidateDocument } from '../model/candidate-document';
import { Screening } from '../model/screening';
import { z } from '../model/zod';
import { CandidateRecord, ScreeningSnapshot } from './candidate-record';
import { CandidatePatch, checkedPatch } from './candidate-patch';
import type { CandidateStore } from './candidate-store';
import { StorageFullError, type StorageUsage } from './storage-usage';
import { sendToBackground, trySend, unwrapReply, type SendStoreRequest } from './store-client';

/**
 * Writes travel to one place (the background service worker) so that one store instance, with one queue
 * per candidate, orders every write from every tab and the in-page panels. chrome.storage has no
 * compare-and-set, and content scripts cannot share a lock with extension pages, so this is what makes
 * "a note typed in the page while the status is set in the side panel" keep both. Extension pages read
 * storage.local themselves; content scripts, which carry no zod to check what they read, send their
 * reads here too (store-client.ts).
 */
const Snapshots = z.record(z.string(), ScreeningSnapshot);
const Removed = z.array(z.object({ record: CandidateRecord, snapshots: Snapshots }));

export const StoreRequest = z.discriminatedUnion('op', [
  z.object({ op: z.literal('saveScreening'), args: z.tuple([CandidateDocument, Screening, CandidatePatch]) }),
  z.object({ op: z.literal('update'), args: z.tuple([z.string(), CandidatePatch]) }),
  z.object({ op: z.literal('updateMany'), args: z.tuple([z.array(z.string()), CandidatePatch]) }),
  z.object({ op: z.literal('remove'), args: z.tuple([z.array(z.string())]) }),
  z.object({ op: z.literal('restore'), args: z.tuple([Removed]) }),
  z.object({ op: z.literal('put'), args: z.tuple([CandidateRecord, Snapshots]) }),
  z.object({ op: z.literal('link'), args: z.tuple([z.string(), z.string()]) }),
  z.object({ op: z.literal('tidy'), args: z.tuple([z.array(z.string())]) }),
  z.object({ op: z.literal('getForDocument'), args: z.tuple([CandidateDocument]) }),
  z.object({ op: z.literal('suggestLinks'), args: z.tuple([CandidateDocument]) }),
  z.object({ op: z.literal('usage'), args: z.tuple([]) }),
]);
export type StoreRequest = z.infer<typeof StoreRequest>;

export type StoreReply = { ok: true; value: unknown } | { ok: false; error: string; storageFull?: { neededBytes: number; usage: StorageUsage } };

function run(store: CandidateStore, request: StoreRequest): Promise<unknown> {
  switch (request.op) {
    case 'saveScreening':
      return store.saveScreening(...request.args);
    case 'update':
      return store.update(...request.args);
    case 'updateMany':
      return store.updateMany(...request.args);
    case 'remove':
      return store.remove(...request.args);
    case 'restore':
      return store.restore(...request.args);
    case 'put':
      return store.put(...request.args);
    case 'link':
      return store.link(...request.args);
    case 'tidy':
      return store.tidy(...request.args);
    case 'getForDocument':
      return store.getForDocument(...request.args);
    case 'suggestLinks':
      return store.suggestLinks(...request.args);
    case 'usage':
      return store.usage();
  }
}

/** The background's side: validates the request (it crossed a boundary) and runs it on the one store. */
export async function answerStoreRequest(store: CandidateStore, raw: unknown): Promise<StoreReply> {
  const request = StoreRequest.safeParse(raw);
  if (!request.success) return { ok: false, error: `Bad storage request: ${request.error.issues[0]?.message ?? 'invalid'}` };
  try {
    return { ok: true, value: (await run(store, request.data)) ?? null };
  } catch (error) {
    if (error instanceof StorageFullError) return { ok: false, error: error.message, storageFull: { neededBytes: error.neededBytes, usage: error.usage } };
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

export function serveStoreRequests(store: CandidateStore): () => void {
  return onMessageFromExtension('candidateStore', (request) => answerStoreRequest(store, request));
}

/**
 * The same store, with its writes sent to the background. When nothing answers (no background running
 * its handler, or the service worker stopped while answering) the write is done here instead, so saving
 * never depends on the wiring; every write is idempotent, so one the background finished too is harmless.
 */
export function withWritesThroughBackground(local: CandidateStore, send: SendStoreRequest = sendToBackground): CandidateStore {
  async function call<T>(request: StoreRequest, fallback: () => Promise<T>): Promise<T> {
    const reply = await trySend(send, request);
    return reply ? unwrapReply<T>(reply) : fallback();
  }
  const writes: Pick<CandidateStore, 'saveScreening' | 'update' | 'updateMany' | 'remove' | 'restore' | 'put' | 'link' | 'tidy'> = {
    // The patch is checked here too, so a note over the limit gets its own message, not a rejected request.
    saveScreening: async (document, screening, patch = {}) =>
      call({ op: 'saveScreening', args: [document, screening, checkedPatch(patch)] }, () => local.saveScreening(document, screening, patch)),
    update: async (key, patch) => call({ op: 'update', args: [key, checkedPatch(patch)] }, () => local.update(key, patch)),
    updateMany: async (keys, patch) => call({ op: 'updateMany', args: [keys, checkedPatch(patch)] }, () => local.updateMany(keys, patch)),
    remove: async (keys) => call({ op: 'remove', args: [keys] }, () => local.remove(keys)),
    restore: async (removed) => call({ op: 'restore', args: [removed] }, () => local.restore(removed)),
    put: async (record, snapshots) => call({ op: 'put', args: [record, snapshots] }, () => local.put(record, snapshots)),
    link: async (keepKey, otherKey) => call({ op: 'link', args: [keepKey, otherKey] }, () => local.link(keepKey, otherKey)),
    tidy: async (keys) => call({ op: 'tidy', args: [keys] }, () => local.tidy(keys)),
  };
  return { ...local, ...writes, list: () => local.list(writes.tidy) };
}
