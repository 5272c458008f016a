import { browser } from 'wxt/browser';
import { createCandidateStore, type CandidateStore } from './candidate-store';
import type { StorageAreaLike } from './storage-area';
import { serveStoreRequests, withWritesThroughBackground } from './store-messages';

let local: CandidateStore | undefined;
let shared: CandidateStore | undefined;

/**
 * Saved candidates live in storage.local directly, not in @wxt-dev/storage items. That library versions an
 * item with a second `<key>$` meta key and migrates it when the item is defined; here there are thousands
 * of records under generated keys, listed by prefix, each carrying its own `schema` (so a value keeps its
 * version when exported, set aside or imported), read by prefix in one call to keep 5,000 fast, and
 * written only by the background's queue because storage.local has no compare-and-set. Settings and panel
 * state, one item each, do use it (lib/settings/settings-storage.ts).
 */
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
  shared ??= withWritesThroughBackground(localStore());
  return shared;
}

// A second copy of this module in the same worker (a test bundle, a hot reload) must not answer too:
// two stores would each queue writes, and the order that keeps concurrent edits would be lost.
const SERVING = Symbol.for('shipcheck.candidate-store.serving');

/** Call once in the background service worker: from then on it carries out every candidate write. */
export function serveCandidateStoreWrites(): void {
  const global = globalThis as { [SERVING]?: boolean };
  if (global[SERVING]) return;
  global[SERVING] = true;
  serveStoreRequests(localStore());
}
