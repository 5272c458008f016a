import type { SectionKind } from '../../model/candidate-document';
import { textLines } from '../dom/text-lines';

/** The profile cards Shipcheck reads, by the anchor id LinkedIn puts in each card and by the card's heading. */
const ANCHORS: Record<string, SectionKind> = {
  about: 'summary',
  experience: 'experience',
  education: 'education',
  licenses_and_certifications: 'certifications',
  certifications: 'certifications',
  skills: 'skills',
  projects: 'projects',
  publications: 'publications',
  honors_and_awards: 'awards',
  volunteering_experience: 'volunteering',
  languages: 'languages',
};

const HEADINGS: Record<string, SectionKind> = {
  about: 'summary',
  summary: 'summary',
  experience: 'experience',
  education: 'education',
  'licenses & certifications': 'certifications',
  'licenses and certifications': 'certifications',
  certifications: 'certifications',
  skills: 'skills',
  'skills & endorsements': 'skills',
  projects: 'projects',
  publications: 'publications',
  'honors & awards': 'awards',
  'honors and awards': 'awards',
  volunteering: 'volunteering',
  'volunteer experience': 'volunteering',
  languages: 'languages',
};

/** Cards about other people or the viewer: their text is never the candidate's. */
const IGNORED_HEADINGS =
  /^(activity|interests|recommendations|featured|analytics|resources|highlights|people also viewed|other similar profiles|people you may know|you might like|grow your network|more profiles for you|explore premium profiles|causes|courses|test scores|organizations|patents)$/i;

export function sectionKindOfProfileHeading(heading: string): SectionKind | undefined {
  return HEADINGS[heading.trim().toLowerCase()];
}

export function isIgnoredProfileHeading(heading: string): boolean {
  return IGNORED_HEADINGS.test(heading.trim());
}

export interface ProfileSection {
  kind: SectionKind;
  heading: string;
  element: Element;
}

function headingOf(section: Element): string | undefined {
  const h = section.querySelector('h2');
  return h ? textLines(h)[0] : undefined;
}

/** Finds the readable cards: by anchor id first, then by any <section> whose h2 names a known card. */
export function findProfileSections(main: Element): ProfileSection[] {
  const found: ProfileSection[] = [];
  const seen = new Set<Element>();
  const add = (kind: SectionKind, element: Element) => {
    if (seen.has(element) || found.some((s) => s.kind === kind)) return;
    seen.add(element);
    found.push({ kind, heading: headingOf(element) ?? kind, element });
  };
  for (const [id, kind] of Object.entries(ANCHORS)) {
    const byId = main.ownerDocument?.getElementById(id);
    const anchor = byId && main.contains(byId) ? byId : undefined;
    const section = anchor?.closest('section') ?? anchor?.parentElement;
    if (section) add(kind, section);
  }
  for (const section of Array.from(main.querySelectorAll('section'))) {
    const heading = headingOf(section);
    const kind = heading ? sectionKindOfProfileHeading(heading) : undefined;
    if (kind) add(kind, section);
  }
  // Node.DOCUMENT_POSITION_FOLLOWING: keep the cards in page order.
  return found.sort((a, b) => (a.element.compareDocumentPosition(b.element) & 4 ? -1 : 1));
}
