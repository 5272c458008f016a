import { findDateRanges } from '../../knowledge/dates/find-date-ranges';

const MAX_HEADER_LINE = 120;

/**
 * The header line of a block that reads as a role whatever its heading: a short first line with a date
 * range ("Senior Data Scientist, Allegro, 2020 – present"), followed by a description. A resume with no
 * "Experience" heading still lists roles this way.
 */
export function roleHeaderOf(text: string): string | undefined {
  const newline = text.indexOf('\n');
  if (newline < 0) return undefined;
  const first = text.slice(0, newline).trim();
  if (first.length === 0 || first.length > MAX_HEADER_LINE || text.slice(newline + 1).trim().length === 0) return undefined;
  // Two dates, or a date and an open end: "2020 – present", "03/2018 - 08/2021", "Jan 2019 to Mar 2022".
  return findDateRanges(first).length > 0 ? first : undefined;
}
