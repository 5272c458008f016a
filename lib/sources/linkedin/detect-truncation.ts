import type { Block, Incompleteness, SectionKind } from '../../model/candidate-document';
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

/**
 * How many entries a card shows, counted as LinkedIn counts them in "Show all N experiences": a company
 * with several roles is one entry. `topLevelEntries` is the count of the card's own entries when the
 * reader saw them; otherwise consecutive roles at one company are one entry, as LinkedIn groups them.
 */
export function entriesShown(kind: SectionKind, blocks: readonly Block[], topLevelEntries?: number): number {
  if (topLevelEntries !== undefined) return topLevelEntries;
  if (kind !== 'experience') return blocks.length;
  let entries = 0;
  for (let i = 0; i < blocks.length; i++) {
    const org = blocks[i].org?.toLowerCase();
    if (i === 0 || !org || org !== blocks[i - 1].org?.toLowerCase()) entries++;
  }
  return entries;
}

function truncationMessage(kind: SectionKind, shown: number, total: number): string {
  if (shown === 0) return `The profile announces ${total} ${kind} entries; open its details page to read them`;
  if (shown < total) return `${shown} of ${total} ${kind} entries shown on the profile; the rest are on its details page`;
  // As many shown as announced, or more by another way of counting: "5 of 4" would read as impossible.
  return `The profile announces ${total} ${kind} entries and shows part of them; its details page lists them all`;
}

/** The "Show all N ..." controls of the sections that are read, as Incompleteness entries. */
export function detectShowAll(main: Element, slug: string | undefined, shownCount: (kind: SectionKind) => number): Incompleteness[] {
  const out: Incompleteness[] = [];
  for (const control of Array.from(main.querySelectorAll('a, button'))) {
    const parsed = parseShowAll(control.textContent ?? '');
    if (!parsed || out.some((i) => i.section === parsed.kind)) continue;
    const page = DETAILS_PAGE[parsed.kind];
    const seeAllUrl = absolute(control.getAttribute('href')) ?? (slug && page ? linkedInDetailsUrl(slug, page) : undefined);
    const shown = shownCount(parsed.kind);
    const total = parsed.more ? shown + parsed.total : parsed.total;
    out.push({ section: parsed.kind, message: truncationMessage(parsed.kind, shown, total), seeAllUrl });
  }
  return out;
}
