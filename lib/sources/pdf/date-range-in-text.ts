import type { DateRange } from '../../model/candidate-document';
import { formatPoint, parseDatePoint, type DatePoint } from '../../knowledge/dates/date-point';
import { findDateRange, type FoundDateRange } from '../date-range';

// Some PDFs lose the dash between two dates (a glyph without Unicode, or one drawn elsewhere):
// "Mar. 2021 Jun. 2023", "2014 2017", "2022 present".
const POINT = String.raw`(?:\p{L}{3,9}\.?\s{0,2})?(?:19|20)\d\d`;
const END = String.raw`${POINT}|present|current|now|heute|н\.в\.|настоящее время`;
const DASHLESS = new RegExp(String.raw`(?<![\p{L}\d])(${POINT})\s{1,3}(${END})(?![\p{L}\d])`, 'iu');

function rangeOf(start: DatePoint | undefined, end: DatePoint | undefined, raw: string): DateRange | undefined {
  if (start === undefined || start === 'present' || end === undefined) return undefined;
  return { raw, start: formatPoint(start), end: formatPoint(end) };
}

function dashlessRange(text: string): FoundDateRange | undefined {
  const m = DASHLESS.exec(text);
  if (!m) return undefined;
  const range = rangeOf(parseDatePoint(m[1]), parseDatePoint(m[2]), m[0]);
  return range ? { range, index: m.index, length: m[0].length } : undefined;
}

/** The first printed date range in a line ("Mar 2021 – Present", "Mar. 2021 Jun. 2023"), with its position; dashless ranges only here. */
export function dateRangeInText(text: string): FoundDateRange | undefined {
  const head = text.length > 300 ? text.slice(0, 300) : text;
  return findDateRange(head) ?? dashlessRange(head);
}
