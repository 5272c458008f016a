import { Incompleteness, SourceKind } from './candidate-document';
import { Evidence, OutcomeKind, ToolCategory, ToolUsage } from './evidence';
import { z } from './zod';

/**
 * `insufficient`: the input holds too little readable text about work to judge (empty, scanned, a page that
 * is not a profile, a profile whose sections did not load, text in a language the engine does not read).
 * It is a state, not a judgement of the person: its score means nothing and is never shown.
 */
export const Verdict = z.enum(['strong', 'potential', 'pass', 'insufficient']);
export type Verdict = z.infer<typeof Verdict>;

export const ProductionLevel = z.enum(['none', 'mentioned', 'specified', 'quantified']);
export type ProductionLevel = z.infer<typeof ProductionLevel>;

export const RolePresetId = z.enum(['ml-engineer', 'mlops', 'research', 'data-scientist']);
export type RolePresetId = z.infer<typeof RolePresetId>;

export const ToolSummary = z.object({
  name: z.string(),
  category: ToolCategory,
  usage: ToolUsage,
  evidenceIds: z.array(z.string()),
});
export type ToolSummary = z.infer<typeof ToolSummary>;

export const OutcomeSummary = z.object({
  text: z.string(),
  token: z.string(),
  kind: OutcomeKind,
  evidenceId: z.string(),
});
export type OutcomeSummary = z.infer<typeof OutcomeSummary>;

export const FlagId = z.enum([
  'missing-deployment',
  'buzzword-heavy',
  'accuracy-only',
  'inflated-skills',
  'vague-responsibilities',
  'job-hopping',
  'date-gaps',
]);
export type FlagId = z.infer<typeof FlagId>;

export const Flag = z.object({
  id: FlagId,
  severity: z.enum(['high', 'medium', 'low']),
  message: z.string(),
  evidenceIds: z.array(z.string()),
  /** What was looked for, when the flag is about something missing. */
  searched: z.string().optional(),
});
export type Flag = z.infer<typeof Flag>;

export const ProductionSummary = z.object({
  level: ProductionLevel,
  evidenceIds: z.array(z.string()),
  searched: z.string(),
  /** The rule that set the level ("production.quantified"), and why, in one sentence. */
  ruleId: z.string().optional(),
  reason: z.string().optional(),
});
export type ProductionSummary = z.infer<typeof ProductionSummary>;

export const ChecklistStatus = z.enum(['pass', 'fail', 'unknown']);
export type ChecklistStatus = z.infer<typeof ChecklistStatus>;

export const ChecklistResult = z.object({
  id: z.string(),
  label: z.string(),
  status: ChecklistStatus,
  /** Points this item added to (or took from) the score. */
  points: z.number(),
  reason: z.string(),
  evidenceIds: z.array(z.string()),
  searched: z.string().optional(),
  /** The rule of the check that decided ("ships-to-production.not-ml"). */
  ruleId: z.string().optional(),
});
export type ChecklistResult = z.infer<typeof ChecklistResult>;

export const Screening = z.object({
  source: SourceKind,
  url: z.string().optional(),
  name: z.string().optional(),
  headline: z.string().optional(),
  role: RolePresetId,
  screenedAt: z.string(),
  words: z.number().int().nonnegative(),
  evidence: z.array(Evidence),
  tools: z.array(ToolSummary),
  outcomes: z.array(OutcomeSummary),
  production: ProductionSummary,
  buzzwords: z.object({
    /** Buzzwords per 100 words (print with describeBuzzwordDensity). */
    density: z.number().nonnegative(),
    count: z.number().int().nonnegative(),
    terms: z.array(z.object({ term: z.string(), count: z.number().int().positive() })),
    /** Buzzwords per piece of concrete evidence (used tools, outcomes, specified production). */
    ratio: z.number().nonnegative(),
    evidenceIds: z.array(z.string()),
  }),
  flags: z.array(Flag),
  checklist: z.array(ChecklistResult),
  score: z.number().min(0).max(100),
  verdict: Verdict,
  /** The items that moved the score most, strongest first, as sentences. */
  reasons: z.array(z.string()),
  /** The row of the verdict table that decided (`reasons[0]` says it in words) and the evidence it read. */
  verdictRule: z.object({ id: z.string(), evidenceIds: z.array(z.string()) }).optional(),
  incomplete: z.array(Incompleteness),
});
export type Screening = z.infer<typeof Screening>;
