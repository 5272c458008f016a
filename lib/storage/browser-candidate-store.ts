import { browser } from 'wxt/browser';
import { createCandidateStore, type CandidateStore } from './candidate-store';
import type { StorageAreaLike } from './storage-area';
import { answerStoreMessage, isStoreMessage, withWritesThroughBackground, type StoreResponse } from './store-messages';

let local: CandidateStore | undefined;
let shared: CandidateStore | undefined;

function localStore(): CandidateStore {
  if (local) return local;
  const unlimited = browser.runtime.getManifest().permissions?.includes('unlimitedStorage') ?? false;
  local = createCandidateStore(browser.storage.local as unknown as StorageAreaLike, unlimited ? { quotaBytes: null } : {});
  return local;
}

/**
 * The store for pages and content scripts: reads straight from storage.local, writes through the
 * background (see store-messages.ts), shared by every component of one page.
 */
export function browserCandidateStore(): CandidateStore {
  shared ??= withWritesThroughBackground(localStore(), (message) => browser.runtime.sendMessage(message) as Promise<StoreResponse | undefined>);
  return shared;
}

const SERVING = Symbol.for('shipcheck.candidate-store.serving');

/** Call once in the background service worker: from then on it carries out every candidate write. */
export function serveCandidateStoreWrites(): void {
  const global = globalThis as { [SERVING]?: boolean };
  if (global[SERVING]) return;
  global[SERVING] = true;
  const store = localStore();
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (!isStoreMessage(message) || sender.id !== browser.runtime.id) return undefined;
    void answerStoreMessage(store, message).then(sendResponse);
    return true;
  });
}
