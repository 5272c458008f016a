import { totalBytes, type StorageAreaLike } from './storage-area';

/**
 * Storage doubles for tests: `withJitter` delays every call by a random few milliseconds, as the IPC to
 * the browser process does, so concurrent writers interleave in many orders; `withQuota` refuses writes
 * past a byte limit exactly as chrome.storage.local does, and reports getBytesInUse.
 */
export function withJitter(area: StorageAreaLike, random: () => number, maxDelayMs = 3): StorageAreaLike {
  const pause = () => new Promise((resolve) => setTimeout(resolve, Math.floor(random() * maxDelayMs)));
  return {
    ...area,
    async get(keys) {
      await pause();
      return area.get(keys);
    },
    async set(items) {
      await pause();
      return area.set(items);
    },
    async remove(keys) {
      await pause();
      return area.remove(keys);
    },
  };
}

export function withQuota(area: StorageAreaLike, quotaBytes: number): StorageAreaLike {
  const used = async (): Promise<number> => totalBytes(await area.get(null));
  return {
    ...area,
    QUOTA_BYTES: quotaBytes,
    get: (keys) => area.get(keys),
    remove: (keys) => area.remove(keys),
    getBytesInUse: () => used(),
    async set(items) {
      const delta = totalBytes(items) - totalBytes(await area.get(Object.keys(items)));
      if ((await used()) + delta > quotaBytes) throw new Error('QUOTA_BYTES quota exceeded');
      return area.set(items);
    },
  };
}

/** A small seeded generator so a failing interleaving can be replayed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}
