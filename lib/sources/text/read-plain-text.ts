import type { Block, CandidateDocument, Section, SectionKind } from '../../model/candidate-document';
import { countWords } from '../../text/indexed-document';
import { firstDateRange } from '../../knowledge/dates/date-range';
import {
  CREDENTIAL_KINDS,
  firstEntryStart,
  HOST_KINDS,
  isListLine,
  kindOfEntryHeaders,
  DESCRIPTION_WORDS,
  HEADER_WORDS,
  MAX_HEADER_CHARS,
  TITLE_WORDS,
  type EntryShape,
} from '../entry-shape';
import { entryKindOfHeader } from '../entry-words';
import { stripHeadingDecoration } from '../heading-decoration';
import { parseEntryHeader } from '../pdf/entry-header';
import { isContactLike } from '../pdf/person-lines';
import { headingMatchOf, sectionKindOfHeading } from '../section-kind-of-heading';

const URL_PATTERN = /\b(?:https?:\/\/|www\.)[^\s<>()]+|\b(?:linkedin\.com\/in|github\.com)\/[A-Za-z0-9_-]+/g;
const BULLET = /^[-*•·–]\s/;

function linksIn(text: string): string[] {
  return [...new Set((text.slice(0, 4000).match(URL_PATTERN) ?? []).map((u) => (/^https?:/.test(u) ? u : `https://${u}`)))];
}

function looksLikeName(line: string): boolean {
  return line.length <= 60 && /^[\p{Lu}][\p{L}'.-]*(?:\s+[\p{L}'.-]+){0,4}$/u.test(line) && !sectionKindOfHeading(line);
}

/** "ML Engineer | jane@example.org | github.com/jane": the pieces of the line under the name that are not contact details. */
function headlineOf(line: string): string | undefined {
  const said = line.split(/\s+[|•·]\s+/).filter((piece) => !isContactLike(piece));
  return said.length > 0 ? said.join(' | ') : undefined;
}

/**
 * A heading line: every word a heading word ("Work Experience", "---- EDUCATION ----"), or, with words the
 * tables do not know ("Machine Learning Projects"), set apart the only ways plain text can: capitals, a
 * colon, or decoration. A line that opens with a bullet is an item of a list, not a heading.
 */
function headingOf(line: string): { kind: SectionKind; heading: string } | undefined {
  if (line.length >= 48 || BULLET.test(line)) return undefined;
  const match = headingMatchOf(line);
  if (!match) return undefined;
  const heading = stripHeadingDecoration(line);
  const setApart = heading !== line.trim() || (heading === heading.toUpperCase() && heading !== heading.toLowerCase());
  if (!match.exact && !setApart) return undefined;
  return { kind: match.kind === 'contact' ? 'other' : match.kind, heading };
}

/** A section's lines as printed; an empty string stands for a blank line. */
interface Draft {
  kind: SectionKind;
  heading: string;
  lines: string[];
}

const ROLE_KINDS = new Set<SectionKind>(['experience', 'education', 'projects']);

/**
 * Entry lines as plain text shows them: bullets, sentences and short dated lines; a blank line is none of
 * them. Each line is searched for a date range once, however often the shape asks.
 */
function lineShape(): EntryShape<string> {
  const dated = new Map<string, boolean>();
  const hasDates = (line: string): boolean => {
    let found = dated.get(line);
    if (found === undefined) dated.set(line, (found = firstDateRange(line) !== undefined));
    return found;
  };
  return {
    isDatedHeader: (line) =>
      line.length <= MAX_HEADER_CHARS && !BULLET.test(line) && countWords(line) <= HEADER_WORDS && !/[.!?]$/.test(line) && hasDates(line),
    isDescription: (line) => line !== '' && (BULLET.test(line) || line.length > MAX_HEADER_CHARS || countWords(line) >= DESCRIPTION_WORDS) && !hasDates(line),
    isTitleLine: (line) =>
      line !== '' &&
      line.length <= MAX_HEADER_CHARS &&
      !BULLET.test(line) &&
      !isListLine(line) &&
      countWords(line) <= TITLE_WORDS &&
      !/[:.!?]/.test(line) &&
      !hasDates(line),
    isHeaderLine: (line) => line !== '' && line.length <= MAX_HEADER_CHARS && !BULLET.test(line) && countWords(line) <= TITLE_WORDS && !/[.!?]$/.test(line),
  };
}

/** The jobs printed after the degrees of an education section: dated lines naming a role, and no degree after them. */
function splitWorkAfterStudy(draft: Draft, shape: EntryShape<string>): Draft[] {
  const kinds = draft.lines.map((line) => (shape.isDatedHeader(line) ? entryKindOfHeader(line) : undefined));
  const lastStudy = kinds.lastIndexOf('education');
  const first = kinds.findIndex((kind, index) => index > lastStudy && kind === 'experience');
  if (lastStudy < 0 || first < 0) return [draft];
  return [
    { ...draft, lines: draft.lines.slice(0, first) },
    { kind: 'experience', heading: '', lines: draft.lines.slice(first) },
  ];
}

/**
 * Re-reads a section by what it holds: entries that run on under the top of the page, a summary, a
 * list or an unknown heading become a section of their own, typed by their headers (see
 * `../entry-shape.ts`); jobs after the degrees of an education section become experience.
 */
function draftsByContent(draft: Draft): Draft[] {
  const shape = lineShape();
  if (draft.kind === 'education') return splitWorkAfterStudy(draft, shape);
  if (!HOST_KINDS.has(draft.kind) && !CREDENTIAL_KINDS.has(draft.kind)) return [draft];
  const at = firstEntryStart(draft.lines, shape);
  if (at === undefined) return [draft];
  const run = draft.lines.slice(at);
  const { kind, named } = kindOfEntryHeaders(run.filter(shape.isDatedHeader));
  if (CREDENTIAL_KINDS.has(draft.kind) && !named) return [draft];
  return [
    { ...draft, lines: draft.lines.slice(0, at) },
    { kind, heading: '', lines: run },
  ];
}

/** Title and organisation lines an entry may print above its dated line ("Staff ML Engineer" / "Acme" / "2020 – 2023"). */
const TITLE_LINES_ABOVE = 2;

/** Where each entry of a role section starts: its dated line, or the title lines stacked right above it. */
function entryStarts(lines: readonly string[], shape: EntryShape<string>): Set<number> {
  const starts = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (!shape.isDatedHeader(lines[i]) || /^[-*•]/.test(lines[i])) continue;
    let start = i;
    while (start > 0 && i - start < TITLE_LINES_ABOVE && shape.isTitleLine(lines[start - 1]) && !starts.has(start)) start--;
    starts.add(start);
  }
  return starts;
}

/** A section's blocks: lines between blank lines, and in role sections a new entry wherever one starts. */
function blocksOf(draft: Draft, shape: EntryShape<string>): string[][] {
  const starts = ROLE_KINDS.has(draft.kind) ? entryStarts(draft.lines, shape) : new Set<number>();
  const blocks: string[][] = [[]];
  draft.lines.forEach((line, index) => {
    const block = blocks[blocks.length - 1];
    if (!line) {
      if (block.length) blocks.push([]);
    } else if (starts.has(index) && block.length > 0) blocks.push([line]);
    else block.push(line);
  });
  return blocks.filter((lines) => lines.length > 0);
}

/**
 * How many of an entry's first lines are its header: the title lines and the dated line, then one more
 * header line below it ("Acme Corp, Berlin"); without a dated line near the top, the first line.
 */
function headerLength(lines: readonly string[], shape: EntryShape<string>): number {
  const dated = lines.findIndex((line) => shape.isDatedHeader(line));
  if (dated < 0 || dated > TITLE_LINES_ABOVE || !lines.slice(0, dated).every((line) => shape.isTitleLine(line))) return 1;
  const below = lines[dated + 1];
  const more = below !== undefined && dated + 2 < lines.length && !shape.isDescription(below) && shape.isHeaderLine(below) && !isListLine(below);
  return dated + 1 + (more ? 1 : 0);
}

function toBlocks(draft: Draft, nextId: () => string): Block[] {
  const shape = lineShape();
  return blocksOf(draft, shape).map((lines) => {
    if (!ROLE_KINDS.has(draft.kind)) return { id: nextId(), text: lines.join('\n') };
    const length = headerLength(lines, shape);
    const header = parseEntryHeader(lines.slice(0, length), draft.kind);
    const hasHeader = header.dates !== undefined || lines.length > length;
    return {
      id: nextId(),
      text: (hasHeader ? lines.slice(length) : lines).join('\n') || lines.join('\n'),
      ...(hasHeader ? header : {}),
    };
  });
}

/**
 * Reads a plain-text resume: name on top, sections under their headings, entries found by their shape
 * wherever no heading announced them, roles split at their date lines.
 */
export function readPlainText(text: string, options: { url?: string; now?: Date } = {}): CandidateDocument {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trim());
  const firstLines = lines.filter(Boolean).slice(0, 2);
  const name = firstLines[0] && looksLikeName(firstLines[0]) ? firstLines[0] : undefined;
  const headlineLine =
    name && firstLines[1] && !sectionKindOfHeading(firstLines[1]) && !firstDateRange(firstLines[1]) && firstLines[1].length < 120 ? firstLines[1] : undefined;
  const headline = headlineLine && headlineOf(headlineLine);

  const drafts: Draft[] = [{ kind: 'summary', heading: '', lines: [] }];
  let skipped = 0;
  for (const line of lines) {
    if ((line === name || line === headlineLine) && skipped < 2 && drafts.length === 1) {
      skipped++;
      continue;
    }
    const heading = headingOf(line);
    if (heading) drafts.push({ ...heading, lines: [] });
    else drafts[drafts.length - 1].lines.push(line);
  }

  let n = 0;
  const nextId = () => `text-${n++}`;
  const sections: Section[] = drafts
    .flatMap(draftsByContent)
    .map((d) => ({ kind: d.kind, heading: d.heading, blocks: toBlocks(d, nextId) }))
    .filter((s) => s.blocks.length > 0);

  return {
    source: 'text',
    url: options.url,
    capturedAt: (options.now ?? new Date()).toISOString(),
    person: { name, headline, links: linksIn(text) },
    sections,
    incomplete: [],
    warnings: [],
  };
}
