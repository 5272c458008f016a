import type { DateRange } from '../model/candidate-document';
import { formatPoint, parseDatePoint } from '../knowledge/dates/date-point';
import { findDateRanges } from '../knowledge/dates/find-date-ranges';

/** A date range found in a line, with where it sits. */
export interface FoundDateRange {
  range: DateRange;
  index: number;
  length: number;
}

/** Normalises one end of a range ("Mar 2021", "2021-03-15", "03/2021", "2021", "Present") to "YYYY[-MM]" or "present". */
export function normalizeDate(raw: string): string | undefined {
  const point = parseDatePoint(raw);
  return point === undefined ? undefined : formatPoint(point);
}

/** Builds a DateRange from two printed ends, keeping the raw text for display. */
export function dateRangeOf(startRaw?: string, endRaw?: string): DateRange | undefined {
  const start = startRaw?.trim() || undefined;
  const end = endRaw?.trim() || undefined;
  if (!start && !end) return undefined;
  return {
    raw: [start, end ?? (start ? 'Present' : undefined)].filter(Boolean).join(' – '),
    start: start ? normalizeDate(start) : undefined,
    end: end ? normalizeDate(end) : start ? 'present' : undefined,
  };
}

/** Finds the first date range printed in a line ("Jan 2020 – Present", "2018-2021"). */
export function findDateRange(line: string): FoundDateRange | undefined {
  const found = findDateRanges(line.length > 400 ? line.slice(0, 400) : line)[0];
  if (!found) return undefined;
  return { range: { raw: found.raw, start: formatPoint(found.start), end: formatPoint(found.end) }, index: found.index, length: found.length };
}
