import { parseDatePoint, type CalendarPoint, type DatePoint } from './date-point';
import { escapeRegExp } from '../escape-reg-exp';
import { isDateWord, PRESENT_WORDS } from './month-names';

export interface FoundDateRange {
  start: CalendarPoint;
  end: DatePoint;
  /** Offsets of the whole range in the searched text. */
  index: number;
  length: number;
  raw: string;
}

// Every quantifier is bounded and no two adjacent parts can match the same characters for long,
// so the scan stays linear on hostile input.
const YEAR = String.raw`(?:19|20)\d\d`;
const POINT = String.raw`(?:\p{L}{3,12}\.?(?:\s{1,2}del?)?[\s,-]{0,3}${YEAR}|${YEAR}(?:[-/.]\d{1,2}){0,2}|\d{1,2}[/.]${YEAR})(?!\d)`;
// Longest first, so "currently" is read whole rather than as "current".
const PRESENT = `(?:${[...PRESENT_WORDS]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|')})`;
const SEPARATOR = String.raw`\s{0,3}(?:[-–—‐‑~]|to|until|till|bis|hasta|al|au|à|a|até|по)\s{0,3}`;
const RANGE = new RegExp(`(?<![\\p{L}\\d])(${POINT})${SEPARATOR}(${POINT}|${PRESENT}(?![\\p{L}]))`, 'giu');
// "08/20 - 12/23": month and two-digit year, read only as a range so a lone "3/4" stays a fraction.
const MONTH_YY = String.raw`(0?[1-9]|1[0-2])/(\d\d)`;
const LEADING_WORD = /^(\p{L}+)\.?(?:\s{1,2}del?)?[\s,-]*/u;
const SHORT_RANGE = new RegExp(`(?<![\\p{L}\\d/.])${MONTH_YY}${SEPARATOR}(?:${MONTH_YY}|(${PRESENT}))(?![\\p{L}\\d/])`, 'giu');

/**
 * Finds date ranges printed in free text: "Jan 2020 – Present", "2019-03 - 2021-06",
 * "03/2019 – 06/2021", "08/20 - 12/23", "2018 - 2020", "Sep 2021 - now", "janvier 2019 à mars 2020",
 * "agosto de 2022 - julho de 2024".
 * A range whose start is not a readable date is skipped.
 */
export function findDateRanges(text: string): FoundDateRange[] {
  const found: FoundDateRange[] = [];
  RANGE.lastIndex = 0;
  for (let m = RANGE.exec(text); m !== null; m = RANGE.exec(text)) {
    // The word before the first year belongs to the range only when it is a month or a season:
    // in "Data Analyst, Acme 2018 – 2020" the company stays out of the dates.
    const lead = LEADING_WORD.exec(m[1]);
    const skip = lead && !isDateWord(lead[1]) ? lead[0].length : 0;
    const start = parseDatePoint(m[1].slice(skip));
    const end = parseDatePoint(m[2]);
    if (start !== undefined && start !== 'present' && end !== undefined) {
      found.push({ start, end, index: m.index + skip, length: m[0].length - skip, raw: m[0].slice(skip) });
    }
  }
  SHORT_RANGE.lastIndex = 0;
  for (let m = SHORT_RANGE.exec(text); m !== null; m = SHORT_RANGE.exec(text)) {
    const at = m.index;
    if (found.some((f) => at < f.index + f.length && f.index < at + m![0].length)) continue;
    const start = { year: fullYear(m[2]), month: Number(m[1]) };
    const end: DatePoint = m[5] !== undefined ? 'present' : { year: fullYear(m[4]), month: Number(m[3]) };
    found.push({ start, end, index: at, length: m[0].length, raw: m[0] });
  }
  return found.sort((a, b) => a.index - b.index);
}

// Some PDFs lose the dash between two dates (a glyph without Unicode, or one drawn elsewhere):
// "Mar. 2021 Jun. 2023", "2014 2017", "2022 present".
const DASHLESS_POINT = String.raw`(?:\p{L}{3,9}\.?\s{0,2})?${YEAR}`;
const DASHLESS = new RegExp(String.raw`(?<![\p{L}\d])(${DASHLESS_POINT})\s{1,3}(${DASHLESS_POINT}|${PRESENT})(?![\p{L}\d])`, 'iu');

/** The first range printed without its dash ("Mar. 2021 Jun. 2023", "2022 present"), for text that may have lost it. */
export function findDashlessDateRange(text: string): FoundDateRange | undefined {
  const m = DASHLESS.exec(text);
  if (!m) return undefined;
  const start = parseDatePoint(m[1]);
  const end = parseDatePoint(m[2]);
  if (start === undefined || start === 'present' || end === undefined) return undefined;
  return { start, end, index: m.index, length: m[0].length, raw: m[0] };
}

/** Two-digit years in resumes are this century up to 49, the last one from 50. */
function fullYear(yy: string): number {
  const n = Number(yy);
  return n < 50 ? 2000 + n : 1900 + n;
}
