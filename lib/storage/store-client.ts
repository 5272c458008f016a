import { browser } from 'wxt/browser';
import { sendMessage } from '../messaging/protocol';
import type { CandidateStore } from './candidate-store';
import { assertNoteFits } from './note-limit';
import { watchRecordKeys, type StorageAreaLike } from './storage-area';
import { StorageFullError } from './storage-usage';
import type { StoreReply, StoreRequest } from './store-messages';

export type SendStoreRequest = (request: StoreRequest) => Promise<StoreReply | undefined>;

export const sendToBackground: SendStoreRequest = (request) => sendMessage('candidateStore', request);

/** The background's reply, or undefined when nothing answered (no receiver, or the worker stopped while answering). */
export async function trySend(send: SendStoreRequest, request: StoreRequest): Promise<StoreReply | undefined> {
  try {
    const reply = await send(request);
    return reply && typeof reply === 'object' && 'ok' in reply ? reply : undefined;
  } catch {
    return undefined;
  }
}

/** What an answered request gave back; a refusal is thrown as the error it was (a full storage as StorageFullError). */
export function unwrapReply<T>(reply: StoreReply): T {
  if (reply.ok) return (reply.value ?? undefined) as T;
  if (reply.storageFull) throw new StorageFullError(reply.storageFull.neededBytes, reply.storageFull.usage);
  throw new Error(reply.error);
}

/** What the in-page panel's Save, status, tags and note use of the store. */
export type PanelCandidateStore = Pick<CandidateStore, 'getForDocument' | 'usage' | 'suggestLinks' | 'subscribe' | 'saveScreening' | 'update' | 'link'>;

/** A worker stopped while answering starts again on the next message; every request is idempotent, so one that was carried out before is harmless. */
const ATTEMPTS = 3;
const NO_ANSWER = "Shipcheck's background did not answer. Try again; if it keeps failing, reload the page.";

/**
 * The store as a content script has it: every read and write is carried out by the background, which checks what
 * it reads and writes against the schemas. A content script carries no zod (its size is the page's load), so it
 * neither reads records itself nor falls back to writing them itself; it retries instead, and only learns from
 * storage.local which records changed.
 */
export function candidateStoreInBackground(
  send: SendStoreRequest = sendToBackground,
  area: Pick<StorageAreaLike, 'onChanged'> = browser.storage.local as unknown as StorageAreaLike,
): PanelCandidateStore {
  async function call<T>(request: StoreRequest): Promise<T> {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const reply = await trySend(send, request);
      if (reply) return unwrapReply<T>(reply);
    }
    throw new Error(NO_ANSWER);
  }
  type Result<K extends keyof PanelCandidateStore> = Awaited<ReturnType<PanelCandidateStore[K]>>;
  return {
    getForDocument: (document) => call<Result<'getForDocument'>>({ op: 'getForDocument', args: [document] }),
    usage: () => call<Result<'usage'>>({ op: 'usage', args: [] }),
    suggestLinks: (document) => call<Result<'suggestLinks'>>({ op: 'suggestLinks', args: [document] }),
    subscribe: (listener) => watchRecordKeys(area, listener),
    saveScreening: async (document, screening, patch = {}) => {
      assertNoteFits(patch);
      return call<Result<'saveScreening'>>({ op: 'saveScreening', args: [document, screening, patch] });
    },
    update: async (key, patch) => {
      assertNoteFits(patch);
      return call<Result<'update'>>({ op: 'update', args: [key, patch] });
    },
    link: (keepKey, otherKey) => call<Result<'link'>>({ op: 'link', args: [keepKey, otherKey] }),
  };
}

let panelStore: PanelCandidateStore | undefined;

/** The one store of this content script, shared by every panel it draws. */
export function pageCandidateStore(): PanelCandidateStore {
  panelStore ??= candidateStoreInBackground();
  return panelStore;
}
