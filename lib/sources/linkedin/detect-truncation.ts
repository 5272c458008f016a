import type { Incompleteness, SectionKind } from '../../model/candidate-document';
import { cleanText } from '../dom/text-lines';
import { linkedInDetailsUrl } from './linkedin-url';

/** The /details/<name>/ page of each section that has one. */
export const DETAILS_PAGE: Partial<Record<SectionKind, string>> = {
  experience: 'experience',
  education: 'education',
  skills: 'skills',
  certifications: 'certifications',
  projects: 'projects',
  publications: 'publications',
  awards: 'honors',
  volunteering: 'volunteering-experiences',
  languages: 'languages',
};

const NOUNS: [RegExp, SectionKind][] = [
  [/^experiences?$/, 'experience'],
  [/^(educations?|schools?)$/, 'education'],
  [/^skills?$/, 'skills'],
  [/^(licenses?( &| and)? certifications?|certifications?)$/, 'certifications'],
  [/^projects?$/, 'projects'],
  [/^publications?$/, 'publications'],
  [/^(honors?( &| and)? awards?|awards?)$/, 'awards'],
  [/^(volunteer(ing)? experiences?|volunteering)$/, 'volunteering'],
  [/^languages?$/, 'languages'],
];

/** "Show all 8 experiences" / "Show 2 more experiences": the section and the total the page announces. */
export function parseShowAll(text: string): { kind: SectionKind; total: number; more: boolean } | undefined {
  const m = /^(?:show|see)\s+(?:all\s+(\d+)|(\d+)\s+more)\s+(.{2,40})$/i.exec(cleanText(text));
  if (!m) return undefined;
  const more = m[2] !== undefined;
  const total = Number(m[1] ?? m[2]);
  const noun = m[3].toLowerCase().replace(/\s+/g, ' ');
  const kind = NOUNS.find(([re]) => re.test(noun))?.[1];
  return kind ? { kind, total, more } : undefined;
}

function absolute(href: string | null): string | undefined {
  if (!href) return undefined;
  const url = href.startsWith('/') ? `https://www.linkedin.com${href}` : href;
  return /^https:\/\/([a-z]+\.)?linkedin\.com\//.test(url) ? url.replace(/[?#].*$/, '').replace(/\/?$/, '/') : undefined;
}

/** The "Show all N ..." controls of the sections that are read, as Incompleteness entries. */
export function detectShowAll(
  main: Element,
  slug: string | undefined,
  shownCount: (kind: SectionKind) => number,
): Incompleteness[] {
  const out: Incompleteness[] = [];
  for (const control of Array.from(main.querySelectorAll('a, button'))) {
    const parsed = parseShowAll(control.textContent ?? '');
    if (!parsed || out.some((i) => i.section === parsed.kind)) continue;
    const page = DETAILS_PAGE[parsed.kind];
    const seeAllUrl = absolute(control.getAttribute('href')) ?? (slug && page ? linkedInDetailsUrl(slug, page) : undefined);
    const shown = shownCount(parsed.kind);
    const total = parsed.more ? shown + parsed.total : parsed.total;
    const message = shown > 0
      ? `${shown} of ${total} ${parsed.kind} entries shown on the profile; the rest are on its details page`
      : `The profile announces ${total} ${parsed.kind} entries; open its details page to read them`;
    out.push({ section: parsed.kind, message, seeAllUrl });
  }
  return out;
}
