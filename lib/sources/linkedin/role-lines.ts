import type { Block, DateRange } from '../../model/candidate-document';
import { datePointAtStart, firstDateRange } from '../../knowledge/dates/date-range';
import { isRoleDuration } from '../../knowledge/dates/role-duration';

const EMPLOYMENT_TYPES =
  /^(full[- ]time|part[- ]time|self[- ]employed|freelance|contract|contractor|internship|apprenticeship|seasonal|temporary|permanent|trainee|volunteer)$/i;
// LinkedIn's wording before a certificate's, publication's or degree's one date.
const ONE_DATE_CAPTION = /^(?:issued|published|graduated)\s+(?:by\s+[^·]+·\s*)?/i;
const SKILL_LIST_TAIL = /\s+and\s+\+\d+\s+skills?$/i;
const SKILLS_PREFIX = /^skills?\s*:\s*/i;

export function isEmploymentType(line: string): boolean {
  return EMPLOYMENT_TYPES.test(line.trim());
}

/** "5 yrs 11 mos", "Full-time · 4 yrs 3 mos": the summary line of a company that groups several roles. */
export function isDurationOnly(line: string): boolean {
  const parts = line.split(' · ').map((p) => p.trim());
  const last = parts[parts.length - 1];
  return isRoleDuration(last) && parts.slice(0, -1).every(isEmploymentType);
}

/** A caption that starts with a date range ("Sep 2022 - Present · 2 yrs 4 mos", "Issued Mar 2023", "2015 - 2017"). */
export function dateOfCaption(line: string): DateRange | undefined {
  if (line.length > 120) return undefined;
  const verb = ONE_DATE_CAPTION.exec(line);
  const issued = verb ? datePointAtStart(line.slice(verb[0].length)) : undefined;
  if (issued) return { raw: line, start: issued };
  const found = firstDateRange(line);
  if (!found || found.index > 0) return undefined;
  return { ...found.range, raw: line };
}

/** Skills named by a per-role hint ("PyTorch, Kubernetes and +3 skills", "Skills: Python · SQL"). */
export function skillsOfHint(line: string): string[] {
  const body = line.replace(SKILLS_PREFIX, '').replace(SKILL_LIST_TAIL, '');
  return body
    .split(/\s*(?:,|·|\band\b)\s*/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0 && s.length < 80 && !/^\+\d+/.test(s));
}

export function isSkillHint(line: string): boolean {
  return SKILLS_PREFIX.test(line) || SKILL_LIST_TAIL.test(line);
}

/** What a company header says about the roles under it. */
export interface GroupContext {
  org: string;
  employmentType?: string;
  location?: string;
}

export function groupOfHeader(header: string[]): GroupContext {
  const [org = '', summary = '', location] = header;
  const types = summary.split(' · ').filter(isEmploymentType);
  return { org, employmentType: types[0], location: location && !isDurationOnly(location) ? location : undefined };
}

export type RoleFields = Pick<Block, 'title' | 'org' | 'employmentType' | 'location' | 'dates'>;

/**
 * Reads the header lines of one entry: title, "Company · Type" (or only the type under a company group),
 * the date caption, then the location.
 */
export function roleOfHeader(header: string[], group?: GroupContext): RoleFields {
  const dateIndex = header.findIndex((l) => dateOfCaption(l) !== undefined);
  const before = dateIndex >= 0 ? header.slice(0, dateIndex) : header.slice(0, 2);
  const after = dateIndex >= 0 ? header.slice(dateIndex + 1) : header.slice(2);
  const [title, second] = before;
  let org = group?.org;
  let employmentType = group?.employmentType;
  if (second) {
    const parts = second.split(' · ').map((p) => p.trim());
    if (parts.length > 1 && isEmploymentType(parts[parts.length - 1])) {
      employmentType = parts.pop();
      org = group ? org : parts.join(' · ');
    } else if (isEmploymentType(second)) employmentType = second;
    else if (!group) org = second;
  }
  const location = after.find((l) => !isDurationOnly(l)) ?? group?.location;
  return {
    title: title || undefined,
    org: org || undefined,
    employmentType,
    location,
    dates: dateIndex >= 0 ? dateOfCaption(header[dateIndex]) : undefined,
  };
}
