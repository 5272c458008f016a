import { MonthPoint, RangeEnd, SectionKind } from './candidate-document';
import { z } from './zod';

/** Where a piece of evidence sits: the block, and the character offsets of the match in its text. */
export const EvidenceLocation = z.object({
  section: SectionKind,
  blockId: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type EvidenceLocation = z.infer<typeof EvidenceLocation>;

/**
 * Where the work behind a piece of evidence was done: a `job` (an employer, a client, a founded company),
 * a self-run `project` (personal, side, open-source, hackathon, a GitHub repository), `coursework` (courses,
 * bootcamps, capstones, theses, degrees), or `unknown` (a summary, a skills list, an untitled block).
 */
export const WorkSetting = z.enum(['job', 'project', 'coursework', 'unknown']);
export type WorkSetting = z.infer<typeof WorkSetting>;

/** Whose work the sentence claims: the candidate's own, or a team's or organisation's ("we shipped", "my team's platform"). */
export const Claimant = z.enum(['self', 'team']);
export type Claimant = z.infer<typeof Claimant>;

/** The role a piece of evidence belongs to, when it sits inside an experience entry. */
export const RoleContext = z.object({
  title: z.string().optional(),
  org: z.string().optional(),
  dates: z.string().optional(),
});
export type RoleContext = z.infer<typeof RoleContext>;

const EvidenceBase = z.object({
  id: z.string(),
  ruleId: z.string(),
  /** The sentence that proves it, as printed. */
  quote: z.string(),
  /** The exact words matched inside the quote. */
  match: z.string(),
  location: EvidenceLocation,
  role: RoleContext.optional(),
  /** 0..1: how much this piece of evidence weighs. */
  strength: z.number().min(0).max(1),
  setting: WorkSetting.optional(),
  claimant: Claimant.optional(),
});

export const ToolCategory = z.enum([
  'language',
  'ml-framework',
  'ml-library',
  'llm',
  'data-processing',
  'orchestration',
  'experiment-tracking',
  'model-registry',
  'serving',
  'feature-store',
  'vector-store',
  'cloud',
  'cloud-ml',
  'container',
  'infrastructure',
  'ci-cd',
  'monitoring',
  'database',
  'data-warehouse',
  'streaming',
  'web-framework',
  'frontend',
  'mobile',
  'testing',
  'visualization',
  'notebook',
  'version-control',
  'os',
  'productivity',
  'other',
]);
export type ToolCategory = z.infer<typeof ToolCategory>;

/** `used`: named in experience, projects or a summary sentence; `listed`: only in a skills list. */
export const ToolUsage = z.enum(['used', 'listed']);
export type ToolUsage = z.infer<typeof ToolUsage>;

export const ToolEvidence = EvidenceBase.extend({
  kind: z.literal('tool'),
  tool: z.object({ name: z.string(), category: ToolCategory, usage: ToolUsage }),
});

export const OutcomeKind = z.enum(['latency', 'throughput', 'scale', 'cost', 'revenue', 'quality', 'uptime', 'time-saved', 'other']);
export type OutcomeKind = z.infer<typeof OutcomeKind>;

export const OutcomeEvidence = EvidenceBase.extend({
  kind: z.literal('outcome'),
  outcome: z.object({
    /** The number as printed, with its unit or sign ("40%", "$2.3M", "90s"). */
    token: z.string(),
    kind: OutcomeKind,
    /** The stated starting point ("from 90s to 4s": "90s"). */
    baseline: z.string().optional(),
    /** The stated end point ("from 90s to 4s": "4s"). */
    target: z.string().optional(),
    attribution: z.enum(['self', 'team', 'unknown']),
    /** Why the number looks implausible, when it does. */
    warning: z.string().optional(),
  }),
});

export const ProductionAspect = z.enum([
  'deployment',
  'serving',
  'monitoring',
  'drift',
  'ab-testing',
  'retraining',
  'ci-cd',
  'rollback',
  'on-call',
  'slo',
  'mlops',
  'infrastructure',
  'scale',
]);
export type ProductionAspect = z.infer<typeof ProductionAspect>;

export const ProductionEvidence = EvidenceBase.extend({
  kind: z.literal('production'),
  production: z.object({
    aspect: ProductionAspect,
    /** `mentioned`: words with no specifics; `specified`: what ran, with what; `quantified`: with numbers about the running system. */
    level: z.enum(['mentioned', 'specified', 'quantified']),
  }),
});

export const BuzzwordEvidence = EvidenceBase.extend({
  kind: z.literal('buzzword'),
  buzzword: z.object({ term: z.string() }),
});

export const VagueEvidence = EvidenceBase.extend({
  kind: z.literal('vague'),
  vague: z.object({ phrase: z.string() }),
});

export const TenureEvidence = EvidenceBase.extend({
  kind: z.literal('tenure'),
  tenure: z.object({
    title: z.string().optional(),
    org: z.string().optional(),
    start: MonthPoint.optional(),
    end: RangeEnd.optional(),
    months: z.number().optional(),
    /** Set when the dates cannot be right (end before start, start in the future). */
    problem: z.string().optional(),
  }),
});

/** A file in a public repository that shows production practice (Dockerfile, CI workflow, Helm chart). */
export const ArtifactEvidence = EvidenceBase.extend({
  kind: z.literal('artifact'),
  artifact: z.object({
    repo: z.string(),
    path: z.string(),
    type: z.enum([
      'container',
      'compose',
      'kubernetes',
      'helm',
      'ci-workflow',
      'serving',
      'experiment-tracking',
      'data-versioning',
      'monitoring',
      'infrastructure',
    ]),
  }),
});

/**
 * A sign of machine-learning work: an ML job title, a sentence about building or running models (`work`),
 * or a sentence that names an ML system without saying what was done to it (`system`: "the fraud model",
 * "inference", "predictions"), which proves what a production statement is about but not ML work by itself.
 */
export const MlWorkEvidence = EvidenceBase.extend({
  kind: z.literal('ml-work'),
  mlWork: z.object({ signal: z.enum(['title', 'work', 'system']) }),
});

/** Research output: an entry of a publications section, or a paper, thesis or venue named in the text. */
export const PublicationEvidence = EvidenceBase.extend({
  kind: z.literal('publication'),
  publication: z.object({ signal: z.enum(['entry', 'mention', 'venue']) }),
});

export const Evidence = z.discriminatedUnion('kind', [
  ToolEvidence,
  OutcomeEvidence,
  ProductionEvidence,
  BuzzwordEvidence,
  VagueEvidence,
  TenureEvidence,
  ArtifactEvidence,
  MlWorkEvidence,
  PublicationEvidence,
]);
export type Evidence = z.infer<typeof Evidence>;
export type EvidenceKind = Evidence['kind'];
export type ToolEvidence = z.infer<typeof ToolEvidence>;
export type OutcomeEvidence = z.infer<typeof OutcomeEvidence>;
export type ProductionEvidence = z.infer<typeof ProductionEvidence>;
export type BuzzwordEvidence = z.infer<typeof BuzzwordEvidence>;
export type VagueEvidence = z.infer<typeof VagueEvidence>;
export type TenureEvidence = z.infer<typeof TenureEvidence>;
export type ArtifactEvidence = z.infer<typeof ArtifactEvidence>;
export type MlWorkEvidence = z.infer<typeof MlWorkEvidence>;
export type PublicationEvidence = z.infer<typeof PublicationEvidence>;
