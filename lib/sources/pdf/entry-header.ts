import type { Block, SectionKind } from '../../model/candidate-document';
import { isRoleDuration } from '../../knowledge/dates/role-duration';
import { dateRangeInText, yearAsRange } from '../../knowledge/dates/date-range';
import { DEGREE_WORD, hasRoleWord, ORG_WORD, ROLE_WORD, SCHOOL_WORD } from '../entry-words';

export type EntryHeader = Pick<Block, 'title' | 'org' | 'dates' | 'location'>;

const SEPARATOR = /\s+[|·•]\s+|\s+[–—]\s+|\s+-\s+|\s+@\s+|\s+at\s+|\s*\|\s*/u;

/** "Rotterdam, Netherlands", "London Area, United Kingdom", "Remote". */
export function looksLikeLocation(text: string): boolean {
  const t = text.trim();
  if (/^(?:remote|hybrid|on-?site|удал[её]нно|удал[её]нная работа)$/iu.test(t)) return true;
  if (t.split(/\s+/).length > 7 || /\d/.test(t) || ROLE_WORD.test(t) || SCHOOL_WORD.test(t) || ORG_WORD.test(t) || DEGREE_WORD.test(t)) return false;
  const pieces = t.split(/,\s*/);
  const placeName = /^\p{Lu}[\p{L}.'’-]*(?: [\p{L}.'’-]+){0,2}$/u;
  return (pieces.length >= 2 && pieces.length <= 3 && pieces.every((piece) => placeName.test(piece))) || /^\p{Lu}[\p{L} ]{1,30} Area$/u.test(t);
}

/** Trims separators and brackets left over from cutting a line, keeping a bracket that is still open. */
function trimFragment(fragment: string): string {
  let t = fragment.replace(/^[\s,;:·]+|[\s,;:·]+$/g, '');
  if (/^\(.*\)$/.test(t)) t = t.slice(1, -1);
  if (t.startsWith(')')) t = t.slice(1);
  if (t.endsWith('(')) t = t.slice(0, -1);
  return t.trim();
}

function fragmentsOf(text: string): string[] {
  return text
    .split(SEPARATOR)
    .map(trimFragment)
    .filter((fragment) => /[\p{L}\d]/u.test(fragment) && !isRoleDuration(fragment));
}

function withoutDates(line: string): { rest: string; dates?: Block['dates'] } {
  const found = dateRangeInText(line);
  if (!found) return { rest: line };
  const rest = line.slice(0, found.index) + ' | ' + line.slice(found.index + found.length).replace(/^\s*\([^)]*\)/, '');
  return { rest, dates: found.range };
}

function pick(fragments: string[], test: (fragment: string) => boolean, fromEnd = false): string | undefined {
  const index = fromEnd ? fragments.findLastIndex(test) : fragments.findIndex(test);
  return index < 0 ? undefined : fragments.splice(index, 1)[0];
}

/** "Software engineer, Acme Studio, Berlin, Germany": the role, then the organisation, then the place. */
function splitTitleComma(text: string): { title: string; org?: string } {
  const pieces = text.split(/,\s+/);
  const roleEnd = pieces.findIndex(hasRoleWord);
  if (roleEnd < 0 || roleEnd === pieces.length - 1) return { title: text };
  return { title: pieces.slice(0, roleEnd + 1).join(', '), org: pieces[roleEnd + 1] };
}

/** "M.S. in Bioinformatics, Newcastle University, Newcastle, UK" or "ML Nanodegree, Udacity": the degree, then the school. */
function splitSchoolComma(text: string): { title: string; org?: string } {
  const pieces = text.split(/,\s+/);
  const school = pieces.findIndex((piece) => SCHOOL_WORD.test(piece));
  if (school < 0 && pieces.length === 2 && DEGREE_WORD.test(pieces[0])) return { title: pieces[0], org: pieces[1] };
  if (school <= 0) return { title: text };
  return { title: pieces.slice(0, school).join(', '), org: pieces[school] };
}

/**
 * Reads an entry's header lines ("Senior ML Engineer  Mar 2021 – Present" / "Acme Corp  Berlin, Germany")
 * into title, organisation, dates and location. Role, degree and school words decide which piece is which;
 * without them the first piece is the title and the next the organisation.
 */
export function parseEntryHeader(lines: string[], kind: SectionKind): EntryHeader {
  let dates: Block['dates'];
  const fragments: string[] = [];
  for (const line of lines) {
    const { rest, dates: found } = withoutDates(line);
    dates ??= found;
    fragments.push(...fragmentsOf(rest));
  }
  // Locations print to the right of the organisation, so the last place-like piece is the location.
  if (!dates) {
    const year = pick(fragments, (f) => yearAsRange(f) !== undefined, true);
    if (year) dates = yearAsRange(year);
  }
  const location = kind === 'projects' ? undefined : pick(fragments, looksLikeLocation, true);
  let title: string | undefined;
  let org: string | undefined;
  if (kind === 'education') {
    title = pick(fragments, (f) => DEGREE_WORD.test(f));
    org = pick(fragments, (f) => SCHOOL_WORD.test(f));
    if (!org && title) org = fragments.shift();
    if (!title && org) title = fragments.shift();
    if (!title && !org) [org, title] = [fragments.shift(), fragments.shift()];
    if (title && !org) ({ title, org } = splitSchoolComma(title));
  } else if (kind === 'experience' || kind === 'volunteering') {
    title = pick(fragments, hasRoleWord);
    if (title) ({ title, org } = splitTitleComma(title));
    org ??= pick(fragments, (f) => ORG_WORD.test(f) || SCHOOL_WORD.test(f)) ?? fragments.shift();
    title ??= fragments.shift();
  } else {
    title = fragments.shift();
  }
  return {
    ...(title ? { title } : {}),
    ...(org ? { org } : {}),
    ...(dates ? { dates } : {}),
    ...(location ? { location } : {}),
  };
}
