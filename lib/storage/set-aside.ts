import { z } from '../model/zod';
import { QUARANTINE_PREFIX, readPrefixed, type StorageAreaLike } from './storage-area';

/** A stored value that could not be used as it was, kept as found, with why and when. */
export const QuarantineEntry = z.object({
  /** The storage key the value was found under. */
  key: z.string(),
  reason: z.string(),
  at: z.string(),
  value: z.unknown(),
  /** Unique per entry, so a second bad value under the same key is added, never written over the first. */
  id: z.string().optional(),
  /** Set when the valid fields were kept as a record under `key`: nothing was hidden, this is the original. */
  repaired: z.boolean().optional(),
});
export type QuarantineEntry = z.infer<typeof QuarantineEntry>;

/** Where an entry lives; entries written before ids existed sit under the bare key. */
export function setAsideKey(entry: Pick<QuarantineEntry, 'key' | 'id'>): string {
  return `${QUARANTINE_PREFIX}${entry.key}${entry.id ? `|${entry.id}` : ''}`;
}

/**
 * Set-aside storage: append-only, so nothing a recruiter might want back is ever overwritten. Only the
 * recruiter's confirmed "Discard" removes entries, and only the ones they were shown.
 */
export function createSetAside(area: StorageAreaLike, now: () => Date, newId: () => string) {
  async function append(key: string, value: unknown, reason: string, repaired = false): Promise<QuarantineEntry> {
    const entry: QuarantineEntry = { key, reason, at: now().toISOString(), value, id: newId(), ...(repaired ? { repaired } : {}) };
    await area.set({ [setAsideKey(entry)]: entry });
    return entry;
  }

  async function list(): Promise<QuarantineEntry[]> {
    return Object.values(await readPrefixed(area, QUARANTINE_PREFIX))
      .map((value) => QuarantineEntry.safeParse(value))
      .filter((parsed) => parsed.success)
      .map((parsed) => parsed.data!)
      .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  }

  async function discard(entries: QuarantineEntry[]): Promise<void> {
    if (entries.length) await area.remove(entries.map(setAsideKey));
  }

  return { append, list, discard };
}
