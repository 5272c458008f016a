import { itemBytes, type StorageAreaLike } from './storage-area';

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
  const used = async (): Promise<number> =>
    Object.entries(await area.get(null)).reduce((sum, [key, value]) => sum + itemBytes(key, value), 0);
  return {
    ...area,
    QUOTA_BYTES: quotaBytes,
    get: (keys) => area.get(keys),
    remove: (keys) => area.remove(keys),
    getBytesInUse: () => used(),
    async set(items) {
      const current = await area.get(Object.keys(items));
      const delta = Object.entries(items).reduce(
        (sum, [key, value]) => sum + itemBytes(key, value) - (current[key] === undefined ? 0 : itemBytes(key, current[key])),
        0,
      );
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
