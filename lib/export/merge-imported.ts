import { VERDICT_LABEL, verdictHasScore } from '../model/verdict-label';
import type { CandidateRecord, ScreeningSnapshot, SourceEntry } from '../storage/candidate-record';
import { normaliseTags } from '../storage/candidate-store';
import { mergeRecords } from '../storage/merge-records';
import type { CheckedEntry } from './check-incoming';
import { STATUS_LABEL } from './status-label';

/** One field an import changes on a saved candidate, in words for the preview and the report. */
export interface FieldChange {
  field: string;
  detail: string;
}

export interface ImportMerge {
  record: CandidateRecord;
  /** Screenings to write: only those of sources the import takes. */
  snapshots: Record<string, ScreeningSnapshot>;
  changes: FieldChange[];
}

/**
 * How an imported candidate merges into the saved one with the same identity, field by field. The saved
 * data wins unless the file has something the saved candidate lacks or a later screening of one source:
 *
 * | field              | rule                                                                                      |
 * | ------------------ | ----------------------------------------------------------------------------------------- |
 * | identities         | both; an identity that belongs to another saved candidate is left out, with its source     |
 * |                    | and screening, and reported: an import never changes another candidate                     |
 * | name, headline     | the saved value; the file's fills an empty one                                             |
 * | status             | the saved status; the file's replaces only "unreviewed"                                    |
 * | tags               | both, the saved spelling first                                                             |
 * | note               | the saved note; the file's text is appended unless the saved note already contains it     |
 * | sources            | one per identity; the file's replaces the saved one only if saved later, with no time from |
 * |                    | the future, and with a screening that matches it (or no saved screening to replace)        |
 * | screenings         | written only for the file's sources that are taken, and only if they match that source    |
 * | mentions           | both                                                                                       |
 * | created, updated   | the earlier, the later; a time after the import is set to the time of import (checkIncoming) |
 */
export function mergeImported(saved: CandidateRecord | undefined, savedSnapshots: Record<string, ScreeningSnapshot>, incoming: CheckedEntry): ImportMerge {
  if (!saved) return { record: incoming.record, snapshots: incoming.snapshots, changes: [{ field: 'candidate', detail: 'added' }] };
  const takesOver = (source: SourceEntry): boolean => {
    const local = saved.sources.find((s) => s.identity === source.identity);
    if (!local) return true;
    const hasScreening = incoming.snapshots[source.identity] !== undefined || savedSnapshots[source.identity] === undefined;
    return source.savedAt > local.savedAt && !incoming.clamped.has(source.identity) && hasScreening;
  };
  const taken = incoming.record.sources.filter(takesOver);
  const merged = mergeRecords(saved, { ...incoming.record, key: saved.key, sources: taken });
  const record = { ...merged, tags: normaliseTags(merged.tags) };
  const snapshots = Object.fromEntries(taken.filter((s) => incoming.snapshots[s.identity]).map((s) => [s.identity, incoming.snapshots[s.identity]]));
  const changes = changesBetween(saved, record, snapshots);
  // A later "updated" time alone is no change: the saved candidate stays exactly as it is.
  if (changes.every((change) => change.field === 'updated')) return { record: saved, snapshots: {}, changes: [] };
  return { record, snapshots, changes };
}

function quoted(value: string | undefined): string {
  return value === undefined || value === '' ? '(empty)' : `"${value.length > 60 ? `${value.slice(0, 59)}…` : value}"`;
}

function judged(source: SourceEntry): string {
  return verdictHasScore(source.verdict) ? `${VERDICT_LABEL[source.verdict]}, ${source.score}` : VERDICT_LABEL[source.verdict];
}

function sourceChange(before: SourceEntry | undefined, after: SourceEntry): string {
  if (!before) return `${after.identity} added (${judged(after)})`;
  return `${after.identity} replaced by a later screening (${judged(before)} → ${judged(after)})`;
}

/** Every field that differs between the saved candidate and the merged one. */
export function changesBetween(before: CandidateRecord, after: CandidateRecord, snapshots: Record<string, ScreeningSnapshot>): FieldChange[] {
  const changes: FieldChange[] = [];
  const added = (a: string[], b: string[]) => b.filter((item) => !a.includes(item));
  if (before.name !== after.name) changes.push({ field: 'name', detail: `${quoted(before.name)} → ${quoted(after.name)}` });
  if (before.headline !== after.headline) changes.push({ field: 'headline', detail: `${quoted(before.headline)} → ${quoted(after.headline)}` });
  if (before.status !== after.status) changes.push({ field: 'status', detail: `${STATUS_LABEL[before.status]} → ${STATUS_LABEL[after.status]}` });
  const newIdentities = added(before.identities, after.identities);
  if (newIdentities.length) changes.push({ field: 'identities', detail: `added ${newIdentities.join(', ')}` });
  const newTags = added(before.tags, after.tags);
  if (newTags.length) changes.push({ field: 'tags', detail: `added ${newTags.join(', ')}` });
  if (before.note !== after.note) {
    const appended = after.note.startsWith(before.note) ? after.note.slice(before.note.length).trim() : undefined;
    changes.push({ field: 'note', detail: appended !== undefined ? `text added: ${quoted(appended)}` : `${quoted(before.note)} → ${quoted(after.note)}` });
  }
  for (const source of after.sources) {
    const previous = before.sources.find((s) => s.identity === source.identity);
    if (previous !== source && JSON.stringify(previous) !== JSON.stringify(source)) changes.push({ field: 'sources', detail: sourceChange(previous, source) });
  }
  for (const identity of Object.keys(snapshots)) changes.push({ field: 'screening', detail: `screening of ${identity} with its quotes` });
  const newMentions = added(before.mentions, after.mentions);
  if (newMentions.length) changes.push({ field: 'mentions', detail: `added ${newMentions.join(', ')}` });
  if (before.createdAt !== after.createdAt) changes.push({ field: 'created', detail: `${before.createdAt} → ${after.createdAt}` });
  if (before.updatedAt !== after.updatedAt) changes.push({ field: 'updated', detail: `${before.updatedAt} → ${after.updatedAt}` });
  return changes;
}
