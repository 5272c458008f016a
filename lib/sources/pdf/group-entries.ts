import { printsYearApart } from '../../knowledge/dates/date-point';
import { dateRangeInText } from '../../knowledge/dates/date-range';
import type { LayoutStats } from './layout-stats';
import type { TextUnit } from './text-units';

/** One role, project or degree: its header lines and the description under them. */
export interface Entry {
  header: TextUnit[];
  body: TextUnit[];
}

const SEPARATOR = /[|,;·]/g;
// "Github: github.com/x", "Tech: Python, Docker": a labelled detail line belongs to the description.
const LABEL = /^[\p{L}][\p{L} &/+-]{0,25}:\s/u;

/** "Tech: Python, Docker", "Languages: English": a line that opens with its label. */
export function isLabelled(text: string): boolean {
  return LABEL.test(text);
}

/** "Python | Pandas | Docker | FastAPI": three or more separators make a list, not a header. */
export function isList(text: string): boolean {
  return (text.match(SEPARATOR)?.length ?? 0) >= 3;
}

function styleOf(unit: TextUnit): string {
  const line = unit.lines[0];
  return `${Math.round(line.fontSize * 2) / 2}|${line.bold}|${Math.round(line.x)}`;
}

/** The units that print a date range; each unit is asked several times while grouping, so it is read once. */
export type Ranged = ReadonlySet<TextUnit>;

export function rangedUnits(units: TextUnit[]): Ranged {
  return new Set(units.filter((unit) => dateRangeInText(unit.text) !== undefined));
}

/** A line that reads like part of an entry's header: dates, a bold or larger line, or a short label. */
export function isHeaderLike(unit: TextUnit, stats: LayoutStats, ranged: Ranged): boolean {
  const line = unit.lines[0];
  // Some templates bullet the entry itself ("• Acme Corp      Berlin") and sub-bullet its description.
  if (unit.bullet && !(line.bold || line.parts.length > 1)) return false;
  if (unit.lines.length > 2) return false;
  if (ranged.has(unit)) return true;
  if (isLabelled(unit.text)) return false;
  // A row with a right-aligned piece ("Acme — team   Berlin") is a header pattern.
  if (unit.lines.length === 1 && line.parts.length > 1 && !isList(line.parts[0])) return true;
  if (isList(unit.text) && unit.lines.length === 1 && unit.text.split(/\s+/).length > 6) return false;
  if (line.bold || line.fontSize > stats.bodySize + 0.3) return unit.text.length <= 140;
  const words = unit.text.split(/\s+/).length;
  return words <= 10 && unit.text.length <= 80 && !/[.!?:;]$/.test(unit.text);
}

/** A header line carrying its own date: a range, or a year printed apart ("Nanodegree, Udacity   2019"). */
function isDated(unit: TextUnit, ranged: Ranged): boolean {
  const line = unit.lines[0];
  return ranged.has(unit) || (line.parts.length > 1 && printsYearApart(line.parts[line.parts.length - 1]));
}

/** A plain line indented under the entry's first header line is description, not header. */
function isIndentedPlain(unit: TextUnit, header: TextUnit[], stats: LayoutStats, ranged: Ranged): boolean {
  const line = unit.lines[0];
  const first = header[0]?.lines[0];
  if (!first || line.bold || line.fontSize > stats.bodySize + 0.3 || ranged.has(unit)) return false;
  return line.x > first.x + 5;
}

/** Whether a header-like line after a description opens the next entry rather than continuing the text. */
function opensEntry(unit: TextUnit, firstHeaderStyle: string | undefined, stats: LayoutStats, ranged: Ranged): boolean {
  const line = unit.lines[0];
  if (line.bold || line.fontSize > stats.bodySize + 0.3 || ranged.has(unit)) return true;
  return firstHeaderStyle !== undefined && styleOf(unit) === firstHeaderStyle;
}

/**
 * Splits a section's units into entries. Header-like lines collect until the description starts; a
 * header-like line after a description opens the next entry when it is styled like an entry header, and
 * a header line styled like the current header's first line starts the next entry (degrees without text).
 * Without recognisable headers the bullets stay together as one entry.
 */
export function groupEntries(units: TextUnit[], stats: LayoutStats): Entry[] {
  const entries: Entry[] = [];
  let firstHeaderStyle: string | undefined;
  const ranged = rangedUnits(units);
  const dated = (unit: TextUnit) => isDated(unit, ranged);
  for (const unit of units) {
    const current = entries[entries.length - 1];
    const headerLike = isHeaderLike(unit, stats, ranged) && !(current && isIndentedPlain(unit, current.header, stats, ranged));
    const restartsHeader =
      current !== undefined &&
      current.header.length > 0 &&
      ((current.header.length >= 2 && styleOf(current.header[0]) === styleOf(unit)) || (dated(unit) && current.header.some(dated)));
    if (headerLike && current && current.body.length === 0 && !restartsHeader) {
      current.header.push(unit);
    } else if (headerLike && (!current || current.body.length === 0)) {
      entries.push({ header: [unit], body: [] });
      firstHeaderStyle ??= styleOf(unit);
    } else if (headerLike && opensEntry(unit, firstHeaderStyle, stats, ranged)) {
      entries.push({ header: [unit], body: [] });
    } else if (current) {
      current.body.push(unit);
    } else {
      entries.push({ header: [], body: [unit] });
    }
  }
  return entries;
}
