import type { CandidateRecord, SourceEntry } from './candidate-record';
import { FIRST_STATUS } from './candidate-status';

function union(first: string[], second: string[]): string[] {
  return [...new Set([...first, ...second])];
}

function newerSource(a: SourceEntry, b: SourceEntry): SourceEntry {
  return a.savedAt >= b.savedAt ? a : b;
}

/** Sources of both lists, one per identity, the most recently saved winning. */
export function mergeSources(first: SourceEntry[], second: SourceEntry[]): SourceEntry[] {
  const byIdentity = new Map<string, SourceEntry>();
  for (const entry of [...first, ...second]) {
    const seen = byIdentity.get(entry.identity);
    byIdentity.set(entry.identity, seen ? newerSource(seen, entry) : entry);
  }
  return [...byIdentity.values()];
}

function mergeNotes(first: string, second: string): string {
  const a = first.trim();
  const b = second.trim();
  if (!a) return second;
  if (!b || a.includes(b)) return first;
  if (b.includes(a)) return second;
  return `${first}\n\n${second}`;
}

/**
 * One candidate from two records of the same person: every identity, source and tag of both, both notes,
 * and the reviewed status of `keep` unless only `other` was reviewed. `keep` gives the key and the name.
 */
export function mergeRecords(keep: CandidateRecord, other: CandidateRecord): CandidateRecord {
  const identities = union(keep.identities, other.identities);
  return {
    ...keep,
    identities,
    name: keep.name ?? other.name,
    headline: keep.headline ?? other.headline,
    sources: mergeSources(keep.sources, other.sources),
    mentions: union(keep.mentions, other.mentions).filter((key) => !identities.includes(key)),
    status: keep.status === FIRST_STATUS ? other.status : keep.status,
    tags: union(keep.tags, other.tags),
    note: mergeNotes(keep.note, other.note),
    createdAt: keep.createdAt <= other.createdAt ? keep.createdAt : other.createdAt,
    updatedAt: keep.updatedAt >= other.updatedAt ? keep.updatedAt : other.updatedAt,
  };
}

/** The score shown for a candidate: the best of its sources, since each source shows only part of them. */
export function candidateScore(record: CandidateRecord): number {
  return record.sources.reduce((best, source) => Math.max(best, source.score), 0);
}

export function bestSource(record: CandidateRecord): SourceEntry | undefined {
  return record.sources.reduce<SourceEntry | undefined>((best, source) => (!best || source.score > best.score ? source : best), undefined);
}
