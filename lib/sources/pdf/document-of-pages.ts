import type { Block, CandidateDocument, Identity, Person, Section, SectionKind } from '../../model/candidate-document';
import { splitBullet } from './bullet';
import { dropPageFurniture } from './drop-page-furniture';
import { isRoleDuration } from '../../knowledge/dates/role-duration';
import { looksLikeLocation, parseEntryHeader } from './entry-header';
import { findHeadings } from './find-headings';
import { groupEntries, type Entry } from './group-entries';
import { layoutStatsOf, type LayoutStats } from './layout-stats';
import { linesOfPages } from './lines-of-pages';
import { isLinkedInExport, linkedInRoleHeaders } from './linkedin-export';
import type { PdfLine } from './pdf-line';
import type { PdfPage } from './pdf-text-item';
import { findNameLine, isContactLike, linksIn } from './person-lines';
import { sectionsByContent, type UnitSection } from './sections-by-content';
import { textUnitsOf, type TextUnit } from './text-units';
import { dateRangeInText } from '../../knowledge/dates/date-range';

export interface DocumentOfPagesOptions {
  identity?: Identity;
  url?: string;
  now?: Date;
}

interface SectionDraft {
  kind: SectionKind;
  heading: string;
  named: boolean;
  lines: PdfLine[];
}

interface Drafts {
  nameLine?: PdfLine;
  preamble: PdfLine[];
  contact: PdfLine[];
  sections: SectionDraft[];
}

const ENTRY_KINDS = new Set<SectionKind>(['experience', 'projects', 'education', 'volunteering']);

/** The line without its first piece. */
function restOfLine(line: PdfLine): PdfLine {
  const parts = line.parts.slice(1);
  const partStarts = line.partStarts.slice(1);
  return { ...line, text: parts.join(' '), parts, partStarts, x: partStarts[0] };
}

/** Walks the lines in reading order, routing each to the preamble, the contact block or its section. */
function draftSections(lines: PdfLine[], stats: LayoutStats): Drafts {
  const nameIndex = findNameLine(lines, stats);
  const headings = findHeadings(lines, stats, new Set(nameIndex === undefined ? [] : [nameIndex]));
  const drafts: Drafts = { preamble: [], contact: [], sections: [] };
  let target: PdfLine[] = drafts.preamble;
  // Each column continues its own section across pages: a sidebar running onto page 2 must not
  // spill into the main column's experience, nor the other way round.
  const columnTargets = new Map<number, PdfLine[]>();
  lines.forEach((line, index) => {
    const previous = lines[index - 1];
    if (line.inColumns && (!previous || previous.page !== line.page || previous.column !== line.column)) target = columnTargets.get(line.column) ?? target;
    const heading = headings.get(index);
    if (index === nameIndex) {
      drafts.nameLine = { ...line, text: line.parts[0], parts: [line.parts[0]] };
      // "Jane Doe      jane@example.com" keeps its contact half in the preamble.
      if (line.parts.length > 1) drafts.preamble.push(restOfLine(line));
      target = drafts.preamble;
    } else if (heading) {
      if (heading.kind === 'contact') target = drafts.contact;
      else {
        const section: SectionDraft = { kind: heading.kind, heading: heading.text, named: heading.named, lines: [] };
        drafts.sections.push(section);
        target = section.lines;
      }
      // "Publications      (* equal contribution)": what the heading's row also prints belongs to its section.
      if (line.parts.length > 1) target.push(restOfLine(line));
    } else {
      target.push(line);
    }
    if (line.inColumns) columnTargets.set(line.column, target);
  });
  return drafts;
}

function bodyText(units: TextUnit[]): string {
  return units.map((unit) => unit.text).join('\n');
}

/** A header unit's text with its wide gaps kept as separators, so "Acme Corp      Berlin" stays two pieces. */
function headerLineText(unit: TextUnit): string {
  const text = unit.lines.map((line) => line.parts.join(' | ')).join(' ');
  return splitBullet(text).text;
}

function entryBlock(entry: Entry, kind: SectionKind, id: string): Block {
  const header = parseEntryHeader(entry.header.map(headerLineText), kind);
  return { id, text: bodyText(entry.body) || bodyText(entry.header), ...header };
}

/** Header lines that gave no title, organisation, dates or location are description: never drop text. */
function keepUnreadHeaderLines(entry: Entry, block: Block): Block {
  if (entry.body.length === 0) return block;
  const read = [block.title, block.org, block.location, block.dates?.raw].filter((value): value is string => Boolean(value));
  const unread = entry.header.filter((unit) => !isRoleDuration(unit.text) && !read.some((value) => unit.text.includes(value)));
  return unread.length === 0 ? block : { ...block, text: `${bodyText(unread)}\n${block.text}` };
}

/**
 * Several roles at one company print the company once: either on a line of its own above the roles, or
 * on the first role only. Roles without an organisation inherit the one above them.
 */
function inheritOrgs(entries: Entry[], blocks: Block[]): Block[] {
  const kept: Block[] = [];
  let org: string | undefined;
  blocks.forEach((block, index) => {
    const companyLine = entries[index].body.length === 0 && !block.dates && entries[index].header.length === 1;
    if (companyLine && index + 1 < blocks.length) {
      org = block.title ?? block.org;
      return;
    }
    if (block.org) org = block.org;
    kept.push(block.org || !org ? block : { ...block, org });
  });
  return kept;
}

function blocksOfSection(section: UnitSection, stats: LayoutStats, linkedIn: boolean, nextId: () => string): Block[] {
  const { units } = section;
  if (units.length === 0) return [];
  if (section.kind === 'summary') return [{ id: nextId(), text: bodyText(units) }];
  if (!ENTRY_KINDS.has(section.kind)) return units.map((unit) => ({ id: nextId(), text: unit.text }));
  const entries = groupEntries(units, stats);
  const blocks = entries.map((entry) => entryBlock(entry, section.kind, nextId()));
  if (linkedIn && section.kind === 'experience') {
    const roles = linkedInRoleHeaders(entries);
    return blocks.map((block, index) =>
      keepUnreadHeaderLines(entries[index], { ...block, title: roles[index].title ?? block.title, org: roles[index].org ?? block.org }),
    );
  }
  const kept = blocks.map((block, index) => keepUnreadHeaderLines(entries[index], block));
  return section.kind === 'experience' ? inheritOrgs(entries, kept) : kept;
}

/** The person from the lines above the first heading, and those lines' units that say something else. */
function personOf(drafts: Drafts, stats: LayoutStats, linkedIn: boolean): { person: Person; rest: TextUnit[] } {
  // The export's lines under the name are separate facts (headline, location), never wrapped text.
  const units: TextUnit[] = linkedIn ? drafts.preamble.map((line) => ({ text: line.text, bullet: false, lines: [line] })) : textUnitsOf(drafts.preamble, stats);
  const contact = textUnitsOf(drafts.contact, stats);
  let headline: string | undefined;
  let location: string | undefined;
  const rest: TextUnit[] = [];
  let contentSeen = false;
  units.forEach((unit) => {
    // "ML Engineer | jane@example.com | Berlin, Germany": the piece that is neither contact nor place is the headline.
    const pieces = unit.text.split(/\s+[|•·]\s+|\s{2,}/);
    location ??= pieces.find(looksLikeLocation);
    const said = pieces.filter((piece) => !isContactLike(piece) && !looksLikeLocation(piece)).join(' | ');
    if (said.length === 0) return;
    const words = said.split(/\s+/).length;
    const first = !contentSeen;
    contentSeen = true;
    // The headline is the first line under the name that is not contact details, never one further down,
    // and never an entry's dated header.
    if (first && said.length <= 150 && words <= (pieces.length > 1 ? 12 : 20) && !dateRangeInText(unit.text)) headline = said;
    // The export prints the location on its own line right under the headline, often as a bare country.
    else if (linkedIn && headline && !location && unit.text.length <= 60) location = unit.text;
    else rest.push(unit);
  });
  const person: Person = {
    ...(drafts.nameLine ? { name: drafts.nameLine.text } : {}),
    ...(headline ? { headline } : {}),
    ...(location ? { location } : {}),
    links: linksIn([...units, ...contact].map((unit) => unit.text)),
  };
  return { person, rest };
}

/** Short lines under the name are taglines; a summary there is a paragraph. */
const SUMMARY_WORDS = 8;

/**
 * What the top of the page holds besides the person: a summary paragraph, kept when no Summary heading
 * follows, and entries no heading announced (a resume without an "Experience" heading), always kept.
 */
function sectionsOfPreamble(rest: TextUnit[], summaryHeadingSeen: boolean, stats: LayoutStats): UnitSection[] {
  return sectionsByContent({ kind: 'summary', heading: '', named: false, units: rest }, stats).flatMap((section) => {
    if (section.kind !== 'summary') return [section];
    const units = section.units.filter((unit) => unit.text.split(/\s+/).length >= SUMMARY_WORDS);
    return units.length > 0 && !summaryHeadingSeen ? [{ ...section, units }] : [];
  });
}

function pagesWithoutText(pages: PdfPage[]): number[] {
  return pages.filter((page) => page.items.length === 0).map((page) => page.number);
}

/**
 * Turns the positioned text of a PDF's pages into a CandidateDocument: lines in reading order (columns
 * one after the other), the person from the top, sections under their headings, entries with their
 * title, organisation, dates and location, bullets and wrapped lines joined. Pure: no pdf.js here.
 */
export function documentOfPages(pages: PdfPage[], options: DocumentOfPagesOptions = {}): CandidateDocument {
  const allLines = linesOfPages(pages);
  const linkedIn = isLinkedInExport(allLines);
  const lines = dropPageFurniture(allLines);
  const stats = layoutStatsOf(lines);
  const drafts = draftSections(lines, stats);
  const { person, rest } = personOf(drafts, stats, linkedIn);
  const unitSections = [
    ...sectionsOfPreamble(
      rest,
      drafts.sections.some((section) => section.kind === 'summary'),
      stats,
    ),
    ...drafts.sections.flatMap((draft) => sectionsByContent({ ...draft, units: textUnitsOf(draft.lines, stats) }, stats)),
  ];

  let n = 0;
  const nextId = () => `pdf-${n++}`;
  const sections: Section[] = [];
  for (const section of unitSections) {
    const blocks = blocksOfSection(section, stats, linkedIn, nextId);
    if (blocks.length > 0) sections.push({ kind: section.kind, heading: section.heading, blocks });
  }

  const blank = pagesWithoutText(pages);
  const warnings =
    blank.length > 0 ? [`Page${blank.length > 1 ? 's' : ''} ${blank.join(', ')} had no text layer and ${blank.length > 1 ? 'were' : 'was'} skipped.`] : [];
  return {
    source: 'pdf',
    ...(options.url ? { url: options.url } : {}),
    capturedAt: (options.now ?? new Date()).toISOString(),
    ...(options.identity ? { identity: options.identity } : {}),
    person,
    sections,
    incomplete: [],
    warnings,
  };
}
