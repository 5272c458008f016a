import type { CandidateRecord } from './candidate-record';
import { readStoredRecord } from './record-migrations';

/**
 * The most recently changed candidates, kept under one key so the side panel can paint its first screen
 * without reading every record (reading 5,000 records from storage.local takes about a second). It is a
 * cache: the records under their own keys stay the truth, and the side panel rewrites it after each full
 * read, so an update lost to two tabs writing it at once is repaired on the next opening.
 */
export const RECENT_KEY = 'candidates-recent';
export const RECENT_LIMIT = 60;

const byUpdatedDesc = (a: CandidateRecord, b: CandidateRecord) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0);

export function topRecent(records: CandidateRecord[]): CandidateRecord[] {
  return [...records].sort(byUpdatedDesc).slice(0, RECENT_LIMIT);
}

export function withRecord(recent: CandidateRecord[], record: CandidateRecord): CandidateRecord[] {
  return topRecent([record, ...recent.filter((entry) => entry.key !== record.key)]);
}

export function withoutKeys(recent: CandidateRecord[], keys: string[]): CandidateRecord[] {
  return recent.filter((entry) => !keys.includes(entry.key));
}

/** The cached records that are whole (older versions read as today's); anything else in the cache is ignored. */
export function readRecentValue(raw: unknown): CandidateRecord[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((entry) => {
    const key = (entry as { key?: unknown } | null)?.key;
    const read = typeof key === 'string' ? readStoredRecord(entry, key) : undefined;
    return read?.kind === 'current' || read?.kind === 'migrated' ? [read.record] : [];
  });
}

export function sameRecent(a: CandidateRecord[], b: CandidateRecord[]): boolean {
  return a.length === b.length && a.every((record, index) => record.key === b[index].key && record.rev === b[index].rev);
}
