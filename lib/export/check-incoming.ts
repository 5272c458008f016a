import { parseIdentityKey } from '../storage/candidate-identity';
import type { CandidateRecord, ScreeningSnapshot, SourceEntry } from '../storage/candidate-record';
import { normaliseTags } from '../storage/candidate-store';
import type { IncomingEntry } from './incoming-entry';

/** An entry that may be merged: its times are real and not ahead of now, its screenings belong to it. */
export interface CheckedEntry {
  record: CandidateRecord;
  snapshots: Record<string, ScreeningSnapshot>;
  /** Identities whose source carried a time from the future: such a source never replaces a saved one. */
  clamped: Set<string>;
  /** What was changed or left out while checking, one sentence each, for the report. */
  warnings: string[];
}

export type CheckResult = ({ ok: true } & CheckedEntry) | { ok: false; reason: string };

class Clock {
  readonly warnings: string[] = [];
  constructor(private readonly now: Date) {}

  /** The time as ISO text, set back to now when it is later, or undefined when it is no time at all. */
  read(value: string, what: string): { at: string; clamped: boolean } | undefined {
    const ms = Date.parse(value);
    if (Number.isNaN(ms)) return undefined;
    if (ms <= this.now.getTime()) return { at: new Date(ms).toISOString(), clamped: false };
    this.warnings.push(`${what} was ${value}, in the future; set to the time of import.`);
    return { at: this.now.toISOString(), clamped: true };
  }
}

function matches(snapshot: ScreeningSnapshot, source: SourceEntry): boolean {
  return snapshot.role === source.role && snapshot.score === source.score && snapshot.verdict === source.verdict && snapshot.screenedAt === source.screenedAt;
}

/**
 * Checks one imported entry on its own: known identity keys, sources among its identities, real times
 * (later than `now` are set to `now` and reported), and screenings only for its own sources and only when
 * they say what their source says. Anything left out is reported, never silently dropped.
 */
export function checkIncoming(entry: IncomingEntry, now: Date): CheckResult {
  const { record } = entry;
  const unknown = [record.key, ...record.identities].find((key) => !parseIdentityKey(key));
  if (unknown) return { ok: false, reason: `unknown identity "${unknown}" (expected linkedin:, github:, pdf: or file:)` };
  const stray = record.sources.find((source) => !record.identities.includes(source.identity));
  if (stray) return { ok: false, reason: `source ${stray.identity} is not one of the candidate's identities` };

  const clock = new Clock(now);
  const clamped = new Set<string>();
  const createdAt = clock.read(record.createdAt, 'The saved time');
  const updatedAt = clock.read(record.updatedAt, 'The last change');
  if (!createdAt || !updatedAt) return { ok: false, reason: `"${!createdAt ? record.createdAt : record.updatedAt}" is not a date` };
  const sources: SourceEntry[] = [];
  for (const source of record.sources) {
    const savedAt = clock.read(source.savedAt, `The save time of ${source.identity}`);
    const screenedAt = clock.read(source.screenedAt, `The screening time of ${source.identity}`);
    if (!savedAt || !screenedAt) return { ok: false, reason: `a time of ${source.identity} is not a date` };
    if (savedAt.clamped || screenedAt.clamped) clamped.add(source.identity);
    sources.push({ ...source, savedAt: savedAt.at, screenedAt: screenedAt.at });
  }

  const snapshots: Record<string, ScreeningSnapshot> = {};
  for (const [identity, snapshot] of Object.entries(entry.snapshots)) {
    const source = sources.find((s) => s.identity === identity);
    if (!source) {
      clock.warnings.push(`A screening filed under ${identity} was ignored: the entry has no source ${identity}.`);
      continue;
    }
    const screenedAt = clock.read(snapshot.screenedAt, `The screening time in the screening of ${identity}`);
    const checked = screenedAt ? { ...snapshot, screenedAt: screenedAt.at } : undefined;
    if (!checked || !matches(checked, source)) {
      clock.warnings.push(`The screening of ${identity} was ignored: it does not match that source's score, verdict, role or time.`);
      continue;
    }
    snapshots[identity] = checked;
  }
  const checkedRecord: CandidateRecord = {
    ...record,
    identities: record.identities.includes(record.key) ? record.identities : [record.key, ...record.identities],
    createdAt: createdAt.at,
    updatedAt: updatedAt.at,
    sources,
    tags: normaliseTags(record.tags),
  };
  return { ok: true, record: checkedRecord, snapshots, clamped, warnings: clock.warnings };
}
