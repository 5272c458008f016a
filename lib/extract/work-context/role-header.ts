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

// A run-in header names; it does not narrate: "I led the project in 2019 – 2021." is a sentence about work.
const FIRST_PERSON = /\b(?:I|I['’](?:m|ve)|my|me|we|our)\b/i;
// The header's end: a full stop, colon or semicolon before the description's first word.
const RUN_IN_END = /[.:;]\s+(?=\S)/g;

function insideBrackets(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (ch === '(' || ch === '[') depth++;
    else if ((ch === ')' || ch === ']') && depth > 0) depth--;
  }
  return depth > 0;
}

/**
 * The run-in header of a paragraph that reads as a role: a resume told in prose opens each role with a
 * short sentence naming the employer, the title and the dates ("Tandemdesk, Staff ML Engineer
 * (2021–present). I own the routing models ..."). The header names, so it has no "I" or "we", and a
 * description follows it.
 */
export function runInRoleHeaderOf(paragraph: string): string | undefined {
  RUN_IN_END.lastIndex = 0;
  for (let m = RUN_IN_END.exec(paragraph); m && m.index < MAX_HEADER_LINE; m = RUN_IN_END.exec(paragraph)) {
    const head = paragraph.slice(0, m.index + 1).trim();
    // A stop inside brackets ("(2023–present; ML Engineer 2021–2023)") or before the dates ("Jan. 2019", "B.Sc.") is not the end yet.
    if (insideBrackets(head) || findDateRanges(head).length === 0) continue;
    return FIRST_PERSON.test(head) ? undefined : head;
  }
  return undefined;
}
