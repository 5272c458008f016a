import type { SectionKind } from '../../model/candidate-document';
import type { TenureEvidence } from '../../model/evidence';
import { evidenceId } from '../../text/evidence-id';
import type { IndexedBlock, IndexedDocument } from '../../text/indexed-document';
import { formatPoint, monthIndexCeil, monthIndexFloor, monthIndexOfDate, type CalendarPoint, type DatePoint } from '../../knowledge/dates/date-point';
import { findDateRanges } from '../../knowledge/dates/find-date-ranges';

// Education and volunteering dates are read too: they explain what would otherwise look like gaps.
const DATED_SECTIONS = new Set<SectionKind>(['experience', 'education', 'volunteering']);

/** Dated, titled entries under other headings ("Internships", "Visiting positions") are roles too. */
function isDatedEntry(ib: IndexedBlock): boolean {
  return DATED_SECTIONS.has(ib.section) || (ib.section === 'other' && ib.block.title !== undefined && ib.block.dates !== undefined);
}
// A range inside a description line ("migrated 2019-2020 data") is not the role's dates;
// the dates of a role sit on a short header line.
const MAX_HEADER_LINE = 120;
const EARLIEST_PLAUSIBLE_YEAR = 1950;

interface Stint {
  start: CalendarPoint;
  end: DatePoint;
  raw: string;
  ruleId: string;
  /** Offsets of the raw text in the block's text; 0..0 when the dates are not part of it. */
  startOffset: number;
  endOffset: number;
  title?: string;
}

/** The range the reader read; a start with no readable end counts as ongoing. */
function stintFromStructuredDates(ib: IndexedBlock): Stint | undefined {
  const dates = ib.block.dates;
  if (!dates?.start) return undefined;
  const { start } = dates;
  const end = dates.end ?? 'present';
  const at = dates.raw === '' ? -1 : ib.block.text.indexOf(dates.raw);
  return {
    start,
    end,
    raw: dates.raw || `${formatPoint(start)} – ${formatPoint(end)}`,
    ruleId: 'tenure.dates',
    startOffset: Math.max(at, 0),
    endOffset: at < 0 ? 0 : at + dates.raw.length,
    title: ib.block.title,
  };
}

const SEPARATOR_CHARS = new Set([' ', '\t', '\n', ',', '|', '·', '•', '–', '—', '-', '(', ')', ':']);

/** Trims the spaces and separators left around a title once its dates are cut out. */
function trimSeparators(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && SEPARATOR_CHARS.has(text[start])) start++;
  while (end > start && SEPARATOR_CHARS.has(text[end - 1])) end--;
  return text.slice(start, end);
}

function stintsFromTitle(ib: IndexedBlock): Stint[] {
  const title = ib.block.title;
  if (!title) return [];
  const range = findDateRanges(title)[0];
  if (!range) return [];
  const cleaned = trimSeparators(title.slice(0, range.index) + title.slice(range.index + range.length));
  return [{ start: range.start, end: range.end, raw: range.raw, ruleId: 'tenure.title-range', startOffset: 0, endOffset: 0, title: cleaned || undefined }];
}

function lineAround(text: string, index: number): { start: number; end: number } {
  const start = text.lastIndexOf('\n', index - 1) + 1;
  const newline = text.indexOf('\n', index);
  return { start, end: newline < 0 ? text.length : newline };
}

/** Several ranges in one block are several roles (a company with grouped roles, or a flat PDF block). */
function stintsFromText(ib: IndexedBlock): Stint[] {
  const text = ib.block.text;
  const stints: Stint[] = [];
  for (const range of findDateRanges(text)) {
    const line = lineAround(text, range.index);
    if (line.end - line.start > MAX_HEADER_LINE) continue;
    const rest = trimSeparators(text.slice(line.start, range.index) + text.slice(range.index + range.length, line.end));
    stints.push({
      start: range.start,
      end: range.end,
      raw: range.raw,
      ruleId: 'tenure.text-range',
      startOffset: range.index,
      endOffset: range.index + range.length,
      title: rest.length > 2 && rest.length < 80 ? rest : ib.block.title,
    });
  }
  return stints;
}

function monthsBetween(start: CalendarPoint, end: CalendarPoint): number {
  if (start.month !== undefined && end.month !== undefined) return monthIndexFloor(end) - monthIndexFloor(start) + 1;
  // With a bare year on either side, count from mid-year to mid-year; a same-year role is about half a year.
  const diff = (end.year - start.year) * 12 + (end.month ?? 6) - (start.month ?? 6);
  return diff <= 0 ? 6 : diff;
}

function problemOf(start: CalendarPoint, end: CalendarPoint | undefined, nowIndex: number): string | undefined {
  if (start.year < EARLIEST_PLAUSIBLE_YEAR) return `start year ${start.year} is implausible`;
  if (monthIndexFloor(start) > nowIndex) return 'start date is in the future';
  if (end && monthIndexCeil(end) < monthIndexFloor(start)) return 'end date is before start date';
  return undefined;
}

function toEvidence(ib: IndexedBlock, stint: Stint, nowIndex: number): TenureEvidence {
  const nowPoint: CalendarPoint = { year: Math.floor(nowIndex / 12), month: (nowIndex % 12) + 1 };
  const endPoint = stint.end === 'present' ? nowPoint : stint.end;
  const problem = problemOf(stint.start, stint.end === 'present' ? undefined : stint.end, nowIndex);
  return {
    id: evidenceId(stint.ruleId, ib.block.id, stint.startOffset),
    kind: 'tenure',
    ruleId: stint.ruleId,
    quote: stint.raw,
    match: stint.raw,
    location: { section: ib.section, blockId: ib.block.id, start: stint.startOffset, end: stint.endOffset },
    role: ib.role,
    strength: stint.start.month === undefined ? 0.6 : 1,
    tenure: {
      title: stint.title,
      org: ib.block.org,
      start: stint.start,
      end: stint.end,
      months: problem ? undefined : monthsBetween(stint.start, endPoint),
      problem,
    },
  };
}

function stintsOf(ib: IndexedBlock): Stint[] {
  const structured = stintFromStructuredDates(ib);
  if (structured) return [structured];
  const fromTitle = stintsFromTitle(ib);
  return fromTitle.length > 0 ? fromTitle : stintsFromText(ib);
}

/**
 * One TenureEvidence per dated role (and per dated education or volunteering entry, which explain
 * gaps): start, end ("present" when ongoing), months, and the problem when the dates cannot be right.
 */
export function extractTenure(doc: IndexedDocument, now: Date = new Date()): TenureEvidence[] {
  const nowIndex = monthIndexOfDate(now);
  const out: TenureEvidence[] = [];
  for (const ib of doc.blocks) {
    if (!isDatedEntry(ib)) continue;
    for (const stint of stintsOf(ib)) out.push(toEvidence(ib, stint, nowIndex));
  }
  return out;
}
