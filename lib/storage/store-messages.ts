import { CandidateDocument } from '../model/candidate-document';
import { Screening } from '../model/screening';
import { z } from '../model/zod';
import { CandidateRecord, ScreeningSnapshot } from './candidate-record';
import { CandidatePatch, type CandidateStore } from './candidate-store';
import { StorageFullError, type StorageUsage } from './storage-usage';

/**
 * Writes travel to one place (the background service worker) so that one store instance, with one queue
 * per candidate, orders every write from every tab and the in-page panels. chrome.storage has no
 * compare-and-set, and content scripts cannot share a lock with extension pages, so this is what makes
 * "a note typed in the page while the status is set in the side panel" keep both.
 */
export const STORE_MESSAGE = 'shipcheck:candidate-store';

const Snapshots = z.record(z.string(), ScreeningSnapshot);
const Removed = z.array(z.object({ record: CandidateRecord, snapshots: Snapshots }));

const StoreRequest = z.discriminatedUnion('op', [
  z.object({ type: z.literal(STORE_MESSAGE), op: z.literal('saveScreening'), args: z.tuple([CandidateDocument, Screening, CandidatePatch]) }),
  z.object({ type: z.literal(STORE_MESSAGE), op: z.literal('update'), args: z.tuple([z.string(), CandidatePatch]) }),
  z.object({ type: z.literal(STORE_MESSAGE), op: z.literal('updateMany'), args: z.tuple([z.array(z.string()), CandidatePatch]) }),
  z.object({ type: z.literal(STORE_MESSAGE), op: z.literal('remove'), args: z.tuple([z.array(z.string())]) }),
  z.object({ type: z.literal(STORE_MESSAGE), op: z.literal('restore'), args: z.tuple([Removed]) }),
  z.object({ type: z.literal(STORE_MESSAGE), op: z.literal('put'), args: z.tuple([CandidateRecord, Snapshots]) }),
  z.object({ type: z.literal(STORE_MESSAGE), op: z.literal('link'), args: z.tuple([z.string(), z.string()]) }),
]);
type StoreRequest = z.infer<typeof StoreRequest>;

export type StoreResponse =
  | { ok: true; value: unknown }
  | { ok: false; error: string; storageFull?: { neededBytes: number; usage: StorageUsage } };

export function isStoreMessage(message: unknown): boolean {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === STORE_MESSAGE;
}

async function run(store: CandidateStore, request: StoreRequest): Promise<unknown> {
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
  }
}

/** The background's side: validates the request (it crossed a boundary) and runs it on the one store. */
export async function answerStoreMessage(store: CandidateStore, message: unknown): Promise<StoreResponse> {
  const request = StoreRequest.safeParse(message);
  if (!request.success) return { ok: false, error: `Bad storage request: ${request.error.issues[0]?.message ?? 'invalid'}` };
  try {
    return { ok: true, value: (await run(store, request.data)) ?? null };
  } catch (error) {
    if (error instanceof StorageFullError) return { ok: false, error: error.message, storageFull: { neededBytes: error.neededBytes, usage: error.usage } };
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

export type SendStoreMessage = (message: unknown) => Promise<StoreResponse | undefined>;

/**
 * The same store, with its writes sent to the background. When nothing answers (an older background, or
 * none running its handler) the write is done here instead, so saving never depends on the wiring.
 */
export function withWritesThroughBackground(local: CandidateStore, send: SendStoreMessage): CandidateStore {
  async function call<T>(op: StoreRequest['op'], args: unknown[], fallback: () => Promise<T>): Promise<T> {
    let response: StoreResponse | undefined;
    try {
      response = await send({ type: STORE_MESSAGE, op, args });
    } catch {
      response = undefined;
    }
    if (!response || typeof response !== 'object' || !('ok' in response)) return fallback();
    if (response.ok) return (response.value ?? undefined) as T;
    if (response.storageFull) throw new StorageFullError(response.storageFull.neededBytes, response.storageFull.usage);
    throw new Error(response.error);
  }
  return {
    ...local,
    saveScreening: (document, screening, patch = {}) => call('saveScreening', [document, screening, patch], () => local.saveScreening(document, screening, patch)),
    update: (key, patch) => call('update', [key, patch], () => local.update(key, patch)),
    updateMany: (keys, patch) => call('updateMany', [keys, patch], () => local.updateMany(keys, patch)),
    remove: (keys) => call('remove', [keys], () => local.remove(keys)),
    restore: (removed) => call('restore', [removed], () => local.restore(removed)),
    put: (record, snapshots) => call('put', [record, snapshots], () => local.put(record, snapshots)),
    link: (keepKey, otherKey) => call('link', [keepKey, otherKey], () => local.link(keepKey, otherKey)),
  };
}
