import { z } from './zod';

export const SourceKind = z.enum(['linkedin', 'github', 'pdf', 'jsonresume', 'text']);
export type SourceKind = z.infer<typeof SourceKind>;

export const SectionKind = z.enum([
  'summary',
  'experience',
  'education',
  'skills',
  'projects',
  'certifications',
  'publications',
  'awards',
  'volunteering',
  'languages',
  'artifacts',
  'other',
]);
export type SectionKind = z.infer<typeof SectionKind>;

/** A month of a year, or only the year when the page prints no month. */
export const MonthPoint = z.object({
  year: z.number().int(),
  month: z.number().int().min(1).max(12).optional(),
});
export type MonthPoint = z.infer<typeof MonthPoint>;

/** Where a range ends: a month, or 'present' for an ongoing role. */
export const RangeEnd = z.union([MonthPoint, z.literal('present')]);
export type RangeEnd = z.infer<typeof RangeEnd>;

/**
 * A date range as printed (`raw`, what the recruiter sees), read once by the reader with lib/knowledge/dates;
 * an end is absent when the page does not print it readably.
 */
export const DateRange = z.object({
  raw: z.string(),
  start: MonthPoint.optional(),
  end: RangeEnd.optional(),
});
export type DateRange = z.infer<typeof DateRange>;

/** One unit of text: a role, a project, a degree, a skills line, a paragraph. */
export const Block = z.object({
  id: z.string(),
  text: z.string(),
  title: z.string().optional(),
  org: z.string().optional(),
  employmentType: z.string().optional(),
  location: z.string().optional(),
  dates: DateRange.optional(),
  url: z.string().optional(),
  /** Skills the page ties to this block (LinkedIn's per-role skill hints, GitHub topics). */
  skills: z.array(z.string()).optional(),
  /** Stars of a repository block, as GitHub shows them ("1.1k" -> 1100). */
  stars: z.number().int().nonnegative().optional(),
});
export type Block = z.infer<typeof Block>;

export const Section = z.object({
  kind: SectionKind,
  heading: z.string(),
  blocks: z.array(Block),
});
export type Section = z.infer<typeof Section>;

/** What the reader knows it did not see, and where the rest can be found. */
export const Incompleteness = z.object({
  section: SectionKind.optional(),
  message: z.string(),
  seeAllUrl: z.string().optional(),
});
export type Incompleteness = z.infer<typeof Incompleteness>;

export const Person = z.object({
  name: z.string().optional(),
  headline: z.string().optional(),
  location: z.string().optional(),
  links: z.array(z.string()).default([]),
});
export type Person = z.infer<typeof Person>;

/** Who the document is about, stable across visits: a LinkedIn slug, a GitHub login, a file hash. */
export const Identity = z.object({
  kind: z.enum(['linkedin', 'github', 'pdf', 'file']),
  id: z.string(),
});
export type Identity = z.infer<typeof Identity>;

export const CandidateDocument = z.object({
  source: SourceKind,
  url: z.string().optional(),
  capturedAt: z.string(),
  identity: Identity.optional(),
  person: Person,
  sections: z.array(Section),
  incomplete: z.array(Incompleteness).default([]),
  /** Reading problems that did not stop the read (odd encoding, skipped pages). */
  warnings: z.array(z.string()).default([]),
});
export type CandidateDocument = z.infer<typeof CandidateDocument>;
