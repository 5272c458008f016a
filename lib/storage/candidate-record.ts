import { Identity, Incompleteness, SourceKind } from '../model/candidate-document';
import { ChecklistResult, Flag, OutcomeSummary, ProductionSummary, RolePresetId, ToolSummary, Verdict } from '../model/screening';
import { z } from '../model/zod';
import { CandidateStatus } from './candidate-status';
import { SavedDocument } from './saved-document';

/** 3: recruiter statuses New / Shortlisted / Maybe / Rejected (record-migrations.ts reads 1 and 2). */
export const CURRENT_SCHEMA = 3;

export { CandidateStatus };

/** The sentence behind a claim, kept small: the quote is what a reader needs later, not the offsets. */
export const SnapshotEvidence = z.object({
  id: z.string(),
  kind: z.string(),
  ruleId: z.string(),
  quote: z.string(),
  match: z.string(),
  section: z.string(),
});
export type SnapshotEvidence = z.infer<typeof SnapshotEvidence>;

/** What the screening said when the candidate was saved, with the quotes its flags and checks rest on. */
export const ScreeningSnapshot = z.object({
  role: RolePresetId,
  screenedAt: z.string(),
  score: z.number().min(0).max(100),
  verdict: Verdict,
  words: z.number().int().nonnegative(),
  tools: z.array(ToolSummary),
  outcomes: z.array(OutcomeSummary),
  production: ProductionSummary,
  buzzwords: z.object({
    density: z.number().nonnegative(),
    count: z.number().int().nonnegative(),
    terms: z.array(z.object({ term: z.string(), count: z.number().int().positive() })),
  }),
  flags: z.array(Flag),
  checklist: z.array(ChecklistResult),
  reasons: z.array(z.string()),
  incomplete: z.array(Incompleteness),
  evidence: z.array(SnapshotEvidence),
  /** Set when evidence was dropped or shortened to stay inside the storage quota. */
  evidenceTrimmed: z.boolean(),
  /** What the screened document said (roles, studies, skills, projects), for exports; absent when storage was short. */
  document: SavedDocument.optional(),
});
export type ScreeningSnapshot = z.infer<typeof ScreeningSnapshot>;

/** One place the candidate was seen; its full snapshot lives under its own storage key. */
export const SourceEntry = z.object({
  /** Identity key of this source ("linkedin:jane-doe"); also the key of its snapshot. */
  identity: z.string(),
  source: SourceKind,
  url: z.string().optional(),
  name: z.string().optional(),
  headline: z.string().optional(),
  savedAt: z.string(),
  role: RolePresetId,
  score: z.number().min(0).max(100),
  verdict: Verdict,
  screenedAt: z.string(),
  tools: z.array(z.string()),
  flags: z.array(z.string()),
});
export type SourceEntry = z.infer<typeof SourceEntry>;

export const CandidateRecord = z.object({
  schema: z.literal(CURRENT_SCHEMA),
  /** The identity key the record is stored under; other linked identities point here through aliases. */
  key: z.string().min(1),
  identities: z.array(z.string()).min(1),
  name: z.string().optional(),
  headline: z.string().optional(),
  sources: z.array(SourceEntry),
  /** Identity keys that this candidate's documents link to (a resume naming a LinkedIn URL). */
  mentions: z.array(z.string()),
  status: CandidateStatus,
  tags: z.array(z.string()),
  note: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Changes on every write; a writer reads it back to find out whether another tab wrote after it. */
  rev: z.string(),
});
export type CandidateRecord = z.infer<typeof CandidateRecord>;

export { Identity };
