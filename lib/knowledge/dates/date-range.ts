import type { DateRange } from '../../model/candidate-document';
import { parseDatePoint, bareYear, type CalendarPoint, type DatePoint } from './date-point';
import { findDashlessDateRange, findDateRanges, type FoundDateRange } from './find-date-ranges';

/** A date range read from a line, with where it sits in the line. */
export interface LocatedDateRange {
  range: DateRange;
  index: number;
  length: number;
}

function calendar(point: DatePoint | undefined): CalendarPoint | undefined {
  return point === 'present' ? undefined : point;
}

function located(found: FoundDateRange | undefined): LocatedDateRange | undefined {
  return found && { range: { raw: found.raw, start: found.start, end: found.end }, index: found.index, length: found.length };
}

/**
 * A range from its two printed ends ("Mar 2021", "2021-03-15", "03/2021", "Present"), keeping the text for
 * display. A start with no end is ongoing (JSON Resume leaves endDate out for current roles); an end that
 * cannot be read alone is read from the range both ends print together ("Jan 2020 – Mar 2021 · 1 yr").
 */
export function dateRangeOfEnds(startRaw?: string, endRaw?: string): DateRange | undefined {
  const startText = startRaw?.trim() || undefined;
  const endText = endRaw?.trim() || undefined;
  if (!startText && !endText) return undefined;
  const raw = [startText, endText ?? (startText ? 'Present' : undefined)].filter(Boolean).join(' – ');
  let start = startText ? calendar(parseDatePoint(startText)) : undefined;
  let end: DatePoint | undefined = endText ? parseDatePoint(endText) : start && 'present';
  if (start === undefined || end === undefined) {
    const printed = findDateRanges(raw)[0];
    start ??= printed && calendar(printed.start);
    end ??= printed?.end;
  }
  return { raw, start, end };
}

const PERIOD_DASH = /\s+(?:-|–|—|to)\s+/;

/** The two printed ends of a period written as one string ("2019-03 – 2021-06", "Jan 2020 to now"). */
export function periodEnds(period: string): [start: string, end?: string] {
  const [start, end] = period.split(PERIOD_DASH);
  return [start, end];
}

/** The first date range printed in a line ("Jan 2020 – Present", "2018-2021"). */
export function firstDateRange(line: string): LocatedDateRange | undefined {
  return located(findDateRanges(line.length > 400 ? line.slice(0, 400) : line)[0]);
}

/** The first date range in a line of a PDF, also when the PDF lost the dash ("Mar. 2021 Jun. 2023"). */
export function dateRangeInText(text: string): LocatedDateRange | undefined {
  const head = text.length > 300 ? text.slice(0, 300) : text;
  return firstDateRange(head) ?? located(findDashlessDateRange(head));
}

/** A lone year printed where a range would be ("2019" beside a degree): that year from start to end. */
export function yearAsRange(text: string): DateRange | undefined {
  const year = bareYear(text);
  return year === undefined ? undefined : { raw: text, start: { year }, end: { year } };
}

const LEADING_POINT = /^([A-Za-z]{3,9}\.?\s+\d{4}|\d{4})/;

/** The month or year a text starts with ("Mar 2023 · Expires Mar 2026" -> 2023-03). */
export function datePointAtStart(text: string): CalendarPoint | undefined {
  const m = LEADING_POINT.exec(text);
  return m ? calendar(parseDatePoint(m[1])) : undefined;
}
