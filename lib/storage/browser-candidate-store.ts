import { browser } from 'wxt/browser';
import { createCandidateStore, type CandidateStore } from './candidate-store';
import type { StorageAreaLike } from './storage-area';

let shared: CandidateStore | undefined;

/** The store on the extension's own storage.local, shared by every component of one page. */
export function browserCandidateStore(): CandidateStore {
  if (shared) return shared;
  const unlimited = browser.runtime.getManifest().permissions?.includes('unlimitedStorage') ?? false;
  shared = createCandidateStore(browser.storage.local as unknown as StorageAreaLike, unlimited ? { quotaBytes: null } : {});
  return shared;
}
