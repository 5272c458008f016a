import { parseDatePoint } from '../knowledge/dates/date-point';
import { Block, DateRange, SectionKind, SourceKind, type CandidateDocument } from '../model/candidate-document';
import { z } from '../model/zod';

/**
 * The part of the document a candidate was read from that an export needs (who, roles, studies, skills,
 * projects), kept beside the screening snapshot when a candidate is saved. Bounded, because every saved
 * candidate carries one: a profile's worth of roles and text, not a whole page.
 */
export const SAVED_SECTION_KINDS = ['summary', 'experience', 'education', 'skills', 'projects'] as const satisfies readonly SectionKind[];
export const SAVED_BLOCKS_PER_SECTION = 40;
export const SAVED_BLOCK_CHARS = 1500;
export const SAVED_LINKS = 20;
/** All blocks' text together: a long profile keeps its first roles whole rather than every role cut short. */
export const SAVED_TEXT_CHARS = 20_000;

/**
 * Candidates saved before readers parsed dates stored a range's ends as text ("2021-03", "2019", "present");
 * they are read into today's range when loaded, so no stored record or exported file needs rewriting.
 */
const TextEndsDateRange = z
  .object({ raw: z.string(), start: z.string().optional(), end: z.string().optional() })
  .transform(({ raw, start, end }): DateRange => {
    const startPoint = parseDatePoint(start);
    return { raw, start: startPoint === 'present' ? undefined : startPoint, end: parseDatePoint(end) };
  });

export const SavedBlock = Block.pick({ title: true, org: true, location: true, url: true, skills: true }).extend({
  dates: z.union([DateRange, TextEndsDateRange]).optional(),
  text: z.string().max(SAVED_BLOCK_CHARS),
});
export type SavedBlock = z.infer<typeof SavedBlock>;

export const SavedSection = z.object({
  kind: z.enum(SAVED_SECTION_KINDS),
  heading: z.string(),
  blocks: z.array(SavedBlock).max(SAVED_BLOCKS_PER_SECTION),
});
export type SavedSection = z.infer<typeof SavedSection>;

export const SavedDocument = z.object({
  source: SourceKind,
  url: z.string().optional(),
  person: z.object({
    name: z.string().optional(),
    headline: z.string().optional(),
    location: z.string().optional(),
    links: z.array(z.string()).max(SAVED_LINKS),
  }),
  sections: z.array(SavedSection),
});
export type SavedDocument = z.infer<typeof SavedDocument>;

function shorten(text: string): string {
  return text.length <= SAVED_BLOCK_CHARS ? text : `${text.slice(0, SAVED_BLOCK_CHARS - 1)}…`;
}

const isSavedKind = (kind: SectionKind): kind is SavedSection['kind'] => (SAVED_SECTION_KINDS as readonly string[]).includes(kind);

/** The compact form of a document that is stored with a saved candidate. */
export function saveDocument(document: CandidateDocument): SavedDocument {
  const sections: SavedSection[] = [];
  let budget = SAVED_TEXT_CHARS;
  for (const section of document.sections) {
    if (!isSavedKind(section.kind)) continue;
    const blocks: SavedBlock[] = [];
    for (const { text, title, org, location, dates, url, skills } of section.blocks.slice(0, SAVED_BLOCKS_PER_SECTION)) {
      const kept = shorten(text);
      if (kept.length > budget) break;
      budget -= kept.length;
      blocks.push({ text: kept, title, org, location, dates, url, skills });
    }
    if (blocks.length) sections.push({ kind: section.kind, heading: section.heading, blocks });
  }
  const { name, headline, location, links } = document.person;
  return { source: document.source, url: document.url, person: { name, headline, location, links: links.slice(0, SAVED_LINKS) }, sections };
}
