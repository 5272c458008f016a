import { Flag, RolePresetId, Verdict } from '../model/screening';
import { z } from '../model/zod';
import { CandidateRecord, CURRENT_SCHEMA, type ScreeningSnapshot } from './candidate-record';
import { describeIssues } from './describe-issues';

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

/** A record brought up to the current schema, with the snapshots that must be written beside it. */
export interface MigratedRecord {
  record: CandidateRecord;
  snapshots: Record<string, ScreeningSnapshot>;
}

const V1_STATUS = { new: 'unreviewed', shortlist: 'strong', maybe: 'potential', rejected: 'pass' } as const;

export function migrateV1ToV2(old: CandidateRecordV1): MigratedRecord {
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
  const record: CandidateRecord = {
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

export type StoredRecordResult =
  | { ok: true; record: CandidateRecord; migrated: false }
  | ({ ok: true; migrated: true } & MigratedRecord)
  | { ok: false; reason: string };

/** Reads a stored value of any known version: the current record, a migrated one, or why it is unusable. */
export function readStoredRecord(raw: unknown): StoredRecordResult {
  if (typeof raw !== 'object' || raw === null) return { ok: false, reason: 'not an object' };
  const tagged = raw as { schema?: unknown; version?: unknown };
  if (tagged.schema === CURRENT_SCHEMA) {
    const parsed = CandidateRecord.safeParse(raw);
    return parsed.success ? { ok: true, record: parsed.data, migrated: false } : { ok: false, reason: describeIssues(parsed.error) };
  }
  if (tagged.version === 1) {
    const parsed = CandidateRecordV1.safeParse(raw);
    return parsed.success ? { ok: true, migrated: true, ...migrateV1ToV2(parsed.data) } : { ok: false, reason: `version 1: ${describeIssues(parsed.error)}` };
  }
  if (typeof tagged.schema === 'number' && tagged.schema > CURRENT_SCHEMA) {
    return { ok: false, reason: `written by a newer Shipcheck (schema ${tagged.schema})` };
  }
  return { ok: false, reason: 'unknown schema version' };
}
