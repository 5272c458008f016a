import type { MonthPoint, RangeEnd } from '../../model/candidate-document';
import { isPresentWord, monthNumber } from './month-names';

/** A calendar point as precise as the document gives it; `month` is 1..12 when printed. */
export type CalendarPoint = MonthPoint;

export type DatePoint = RangeEnd;

const ISO = /^((?:19|20)\d\d)(?:[-/.](\d{1,2}))?(?:[-/.]\d{1,2})?(?:T.*)?$/;
const MONTH_FIRST = /^(\d{1,2})[/.-]((?:19|20)\d\d)$/;
// "Jan 2020", "janvier 2020", "agosto de 2022", "marzo del 2021": Spanish and Portuguese put "de" between.
const NAMED = /^([\p{L}]{3,12})\.?(?:\s+del?)?[\s,-]{0,3}((?:19|20)\d\d)$/u;
const YEAR_ONLY = /^((?:19|20)\d\d)$/;

function validMonth(month: number): number | undefined {
  return month >= 1 && month <= 12 ? month : undefined;
}

/**
 * Reads one end of a date range as printed: "2019-03", "2019-03-01", "03/2019", "Jan 2020",
 * "janvier 2020", "agosto de 2022", "2018", "Present". Unreadable text gives undefined.
 */
export function parseDatePoint(raw: string | undefined): DatePoint | undefined {
  if (raw === undefined) return undefined;
  const text = raw.trim();
  if (text === '' || text.length > 40) return undefined;
  if (isPresentWord(text)) return 'present';
  let m = ISO.exec(text);
  if (m) return m[2] === undefined ? { year: Number(m[1]) } : pointWithMonth(Number(m[1]), Number(m[2]));
  m = MONTH_FIRST.exec(text);
  if (m) return pointWithMonth(Number(m[2]), Number(m[1]));
  m = NAMED.exec(text);
  if (m) {
    const month = monthNumber(m[1]);
    return month === undefined ? { year: Number(m[2]) } : { year: Number(m[2]), month };
  }
  m = YEAR_ONLY.exec(text);
  return m ? { year: Number(m[1]) } : undefined;
}

/** The year of a text that is a year and nothing else ("2018"). */
export function bareYear(text: string): number | undefined {
  const m = YEAR_ONLY.exec(text.trim());
  return m ? Number(m[1]) : undefined;
}

const YEAR_IN_TEXT = /\b(?:19|20)\d\d\b/g;
const YEAR_WORD = /\b(?:19|20)\d\d\b/;
const YEAR_APART = /(?<!\d)(?:19|20)\d\d(?!\d)/;

/** Every year printed in a text ("M.Sc., Univ. of X, Aug 2018" -> 2018). */
export function yearsIn(text: string): number[] {
  return Array.from(text.matchAll(YEAR_IN_TEXT), (m) => Number(m[0]));
}

/** Whether a text prints a year as a word of its own ("ML Engineer, Acme 2019"). */
export function printsYear(text: string): boolean {
  return YEAR_WORD.test(text);
}

/** Whether a text prints a year that is not part of a longer number, letters beside it or not ("Udacity2019"). */
export function printsYearApart(text: string): boolean {
  return YEAR_APART.test(text);
}

function pointWithMonth(year: number, month: number): CalendarPoint {
  const valid = validMonth(month);
  return valid === undefined ? { year } : { year, month: valid };
}

/** "2020-01", "2020" or "present": JSON Resume's form, and a short form for keys and tests. */
export function formatPoint(point: DatePoint): string {
  if (point === 'present') return 'present';
  return point.month === undefined ? String(point.year) : `${point.year}-${String(point.month).padStart(2, '0')}`;
}

/** Months since year 0, taking the earliest month when only the year is known. */
export function monthIndexFloor(point: CalendarPoint): number {
  return point.year * 12 + (point.month ?? 1) - 1;
}

/** Months since year 0, taking the latest month when only the year is known. */
export function monthIndexCeil(point: CalendarPoint): number {
  return point.year * 12 + (point.month ?? 12) - 1;
}

export function monthIndexOfDate(date: Date): number {
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

const ENGLISH_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Mar 2021" for a month index, as a flag prints it. */
export function formatMonthIndex(index: number): string {
  return `${ENGLISH_MONTHS[index % 12]} ${Math.floor(index / 12)}`;
}
