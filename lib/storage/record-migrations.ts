import { Flag, RolePresetId, Verdict } from '../model/screening';
import { z } from '../model/zod';
import { CandidateRecord, CURRENT_SCHEMA, type ScreeningSnapshot } from './candidate-record';
import { currentStatus } from './candidate-status';
import { describeIssues } from './describe-issues';
import { salvageRecord } from './salvage-record';

/**
 * Version 1: one record per page, a single source, statuses named after an older pipeline, the note in
 * `notes`, the time as epoch milliseconds and only flags and reasons kept from the screening.
 */
export const CandidateRecordV1 = z.object({
  version: z.literal(1),
  id: z.string().min(1),
  source: z.enum(['linkedin', 'github', 'pdf', 'jsonresume', 'text']),
  url: z.string().optional(),
  name: z.string().optional(),
  headline: z.string().optional(),
  score: z.number().min(0).max(100),
  verdict: Verdict,
  status: z.enum(['new', 'shortlist', 'maybe', 'rejected']),
  notes: z.string(),
  savedAt: z.number().int().nonnegative(),
  screening: z.object({ role: RolePresetId, flags: z.array(Flag), reasons: z.array(z.string()) }),
});
export type CandidateRecordV1 = z.infer<typeof CandidateRecordV1>;

/** Version 2: today's record, with statuses named after the verdicts (unreviewed / strong / potential / pass). */
export const CandidateRecordV2 = CandidateRecord.extend({
  schema: z.literal(2),
  status: z.enum(['unreviewed', 'strong', 'potential', 'pass']),
});
export type CandidateRecordV2 = z.infer<typeof CandidateRecordV2>;

/** A record brought up to a newer schema, with the snapshots that must be written beside it. */
export interface MigratedRecord<R = CandidateRecord> {
  record: R;
  snapshots: Record<string, ScreeningSnapshot>;
}

const V1_STATUS = { new: 'unreviewed', shortlist: 'strong', maybe: 'potential', rejected: 'pass' } as const;

export function migrateV1ToV2(old: CandidateRecordV1): MigratedRecord<CandidateRecordV2> {
  const at = new Date(old.savedAt).toISOString();
  const snapshot: ScreeningSnapshot = {
    role: old.screening.role,
    screenedAt: at,
    score: old.score,
    verdict: old.verdict,
    words: 0,
    tools: [],
    outcomes: [],
    production: { level: 'none', evidenceIds: [], searched: '' },
    buzzwords: { density: 0, count: 0, terms: [] },
    flags: old.screening.flags,
    checklist: [],
    reasons: old.screening.reasons,
    incomplete: [],
    evidence: [],
    // Version 1 never stored quotes: say so rather than pretend the snapshot is whole.
    evidenceTrimmed: true,
  };
  const record: CandidateRecordV2 = {
    schema: 2,
    key: old.id,
    identities: [old.id],
    name: old.name,
    headline: old.headline,
    sources: [
      {
        identity: old.id,
        source: old.source,
        url: old.url,
        name: old.name,
        headline: old.headline,
        savedAt: at,
        role: old.screening.role,
        score: old.score,
        verdict: old.verdict,
        screenedAt: at,
        tools: [],
        flags: old.screening.flags.map((flag) => flag.id),
      },
    ],
    mentions: [],
    status: V1_STATUS[old.status],
    tags: [],
    note: old.notes,
    createdAt: at,
    updatedAt: at,
    rev: `migrated-v1-${old.savedAt}`,
  };
  return { record, snapshots: { [old.id]: snapshot } };
}

/** Version 3 gives the recruiter's statuses their own words, apart from the verdicts. */
export function migrateV2ToV3(old: CandidateRecordV2): CandidateRecord {
  return { ...old, schema: 3, status: currentStatus(old.status)! };
}

type VersionRead = ({ ok: true } & MigratedRecord) | { ok: false; issues: string };

function fromVersion1(raw: unknown): VersionRead {
  const parsed = CandidateRecordV1.safeParse(raw);
  if (!parsed.success) return { ok: false, issues: `version 1: ${describeIssues(parsed.error)}` };
  const { record, snapshots } = migrateV1ToV2(parsed.data);
  return { ok: true, record: migrateV2ToV3(record), snapshots };
}

function fromVersion2(raw: unknown): VersionRead {
  const parsed = CandidateRecordV2.safeParse(raw);
  return parsed.success ? { ok: true, record: migrateV2ToV3(parsed.data), snapshots: {} } : { ok: false, issues: `schema 2: ${describeIssues(parsed.error)}` };
}

function fromCurrent(raw: unknown): VersionRead {
  const parsed = CandidateRecord.safeParse(raw);
  return parsed.success ? { ok: true, record: parsed.data, snapshots: {} } : { ok: false, issues: describeIssues(parsed.error) };
}

/** Each stored version read with its own schema and brought up to today's, one step at a time. */
const READERS: Record<number, (raw: unknown) => VersionRead> = { 1: fromVersion1, 2: fromVersion2, [CURRENT_SCHEMA]: fromCurrent };

export type StoredRecordResult =
  | { kind: 'current'; record: CandidateRecord }
  | ({ kind: 'migrated'; from: number } & MigratedRecord)
  /** Damaged, but its valid fields (and note) make a record; the original must be set aside before it is replaced. */
  | { kind: 'repaired'; record: CandidateRecord; reason: string }
  /** Written by a newer Shipcheck: read nothing from it and write nothing over it. */
  | { kind: 'newer'; schema: number; reason: string }
  | { kind: 'unreadable'; reason: string };

function versionOf(raw: object): number | undefined {
  const tagged = raw as { schema?: unknown; version?: unknown };
  if (tagged.version === 1 && tagged.schema === undefined) return 1;
  return typeof tagged.schema === 'number' ? tagged.schema : undefined;
}

function damaged(raw: object, recordKey: string, issues: string): StoredRecordResult {
  const salvaged = salvageRecord(raw, recordKey);
  if (!salvaged) return { kind: 'unreadable', reason: issues };
  const reset = salvaged.reset.length ? ` (reset: ${salvaged.reset.join(', ')})` : '';
  return { kind: 'repaired', record: salvaged.record, reason: `${issues}; kept its valid fields and note${reset}` };
}

/**
 * Reads the value stored under `candidate:<recordKey>`, of any known version: the current record, a
 * migrated one, a repaired one, or why it cannot be used. Pure: what to write back is the caller's choice.
 */
export function readStoredRecord(raw: unknown, recordKey: string): StoredRecordResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { kind: 'unreadable', reason: 'not an object' };
  const version = versionOf(raw);
  if (version !== undefined && version > CURRENT_SCHEMA) return { kind: 'newer', schema: version, reason: `written by a newer Shipcheck (schema ${version})` };
  const reader = version === undefined ? undefined : READERS[version];
  if (!reader) return { kind: 'unreadable', reason: 'unknown schema version' };
  const read = reader(raw);
  if (!read.ok) return damaged(raw, recordKey, read.issues);
  // Hand-edited or copied under another key: the person may be saved under their own key too.
  if (read.record.key !== recordKey) return { kind: 'unreadable', reason: `stored under candidate:${recordKey} but names ${read.record.key}` };
  return version === CURRENT_SCHEMA
    ? { kind: 'current', record: read.record }
    : { kind: 'migrated', from: version!, record: read.record, snapshots: read.snapshots };
}
