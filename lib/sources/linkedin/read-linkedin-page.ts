import type { Block, CandidateDocument, Incompleteness, Section, SectionKind } from '../../model/candidate-document';
import { textLines } from '../dom/text-lines';
import { DETAILS_PAGE, detectShowAll, entriesShown } from './detect-truncation';
import { canonicalSlug, linkedInDetailsSection, linkedInDetailsUrl, linkedInSlugFromUrl, ownProfileSlugOfLink } from './linkedin-url';
import { entitiesOfSection, type EntityDraft } from './profile-entities';
import { findProfileSections } from './profile-sections';
import { isClassicProfile, readClassicProfile } from './read-classic-profile';
import { experienceFromLines, segmentByHeadings } from './read-text-fallback';
import { readTopCard } from './read-top-card';
import { blocksOfSection, linkSkillsToRoles, type NextId } from './section-blocks';

function mainOf(root: ParentNode): Element | undefined {
  const found = root.querySelector('main') ?? root.querySelector('#lira-profile') ?? root.querySelector('body');
  if (found) return found;
  // A saved fragment parses without <body>: its top element is the content.
  const top = (root as Document).documentElement ?? (root as Element);
  return top && typeof top.querySelector === 'function' ? top : undefined;
}

/** The slug the profile on screen links to from its own controls (contact info, details, activity). */
export function profileSlugOnPage(root: ParentNode): string | undefined {
  const main = mainOf(root);
  if (!main) return undefined;
  const counts = new Map<string, number>();
  for (const a of Array.from(main.querySelectorAll('a[href]'))) {
    const href = a.getAttribute('href') ?? '';
    const slug = ownProfileSlugOfLink(href) ?? (/public profile/i.test(a.textContent ?? '') ? linkedInSlugFromUrl(href) : undefined);
    if (slug) counts.set(slug, (counts.get(slug) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [slug, n] of counts) if (!best || n > (counts.get(best) ?? 0)) best = slug;
  return best;
}

function idGenerator(): NextId {
  const counts = new Map<SectionKind, number>();
  return (kind) => {
    const n = counts.get(kind) ?? 0;
    counts.set(kind, n + 1);
    return `linkedin-${kind}-${n}`;
  };
}

function summaryBlock(section: Element, heading: string, id: string): Block | undefined {
  const lines = textLines(section)
    .filter((l, i) => !(i === 0 && l === heading))
    .map((l) => l.replace(/\s*…$/, ''));
  const text = lines.filter((l) => l && l !== '…').join('\n');
  return text ? { id, text } : undefined;
}

function cutDescriptions(kind: SectionKind, drafts: EntityDraft[], slug: string | undefined): Incompleteness[] {
  const page = DETAILS_PAGE[kind];
  return drafts
    .flatMap((d) => (d.children.length > 0 ? d.children : [d]))
    .filter((d) => d.cut)
    .map((d) => ({
      section: kind,
      message: `The description of "${d.header[0] ?? kind}" is cut short on the page ("…see more")`,
      seeAllUrl: slug && page ? linkedInDetailsUrl(slug, page) : undefined,
    }));
}

interface Read {
  sections: Section[];
  incomplete: Incompleteness[];
  drafts: Map<SectionKind, EntityDraft[]>;
}

function readHookedSections(main: Element, nextId: NextId, slug: string | undefined): Read {
  const read: Read = { sections: [], incomplete: [], drafts: new Map() };
  for (const { kind, heading, element } of findProfileSections(main)) {
    if (kind === 'summary') {
      const block = summaryBlock(element, heading, nextId(kind));
      if (block) read.sections.push({ kind, heading, blocks: [block] });
      continue;
    }
    const drafts = entitiesOfSection(element);
    read.drafts.set(kind, drafts);
    const blocks = blocksOfSection(kind, drafts, nextId);
    if (blocks.length > 0) read.sections.push({ kind, heading, blocks });
    read.incomplete.push(...cutDescriptions(kind, drafts, slug));
  }
  return read;
}

/** When no card can be found by its hooks, main's text is cut at the section headings and read line by line. */
function readTextFallback(main: Element, nextId: NextId, read: Read): void {
  const segments = segmentByHeadings(textLines(main));
  for (const segment of segments) {
    if (segment.kind === 'experience' && !read.sections.some((s) => s.kind === 'experience')) {
      const blocks = blocksOfSection('experience', experienceFromLines(segment.lines), nextId);
      if (blocks.length > 0) read.sections.push({ kind: 'experience', heading: segment.heading, blocks });
    }
    if (segment.kind === 'summary' && !read.sections.some((s) => s.kind === 'summary') && segment.lines.length > 0) {
      read.sections.push({ kind: 'summary', heading: segment.heading, blocks: [{ id: nextId('summary'), text: segment.lines.join('\n') }] });
    }
  }
}

function staleDocument(url: string, urlSlug: string, pageSlug: string, now: Date): CandidateDocument {
  return {
    source: 'linkedin',
    url,
    capturedAt: now.toISOString(),
    identity: { kind: 'linkedin', id: urlSlug },
    person: { links: [] },
    sections: [],
    incomplete: [
      { message: `The page still shows the profile /in/${pageSlug}/ while the address is /in/${urlSlug}/: read again once the new profile has loaded` },
    ],
    warnings: [`profile mismatch: page shows ${pageSlug}, URL names ${urlSlug}; nothing was read`],
  };
}

/**
 * Reads a LinkedIn member profile (linkedin.com/in/<slug>/ or one of its /details/<section>/ pages) from the DOM.
 * Only what is rendered in main is read; embedded JSON (<code id="bpr-guid-...">) is never used, because it can
 * describe the viewer or a previously viewed profile. When the profile on screen is not the one in the URL,
 * nothing is read and the document says so.
 */
export function readLinkedInPage(root: ParentNode, url: string, now: Date = new Date()): CandidateDocument {
  const main = mainOf(root);
  const urlSlug = linkedInSlugFromUrl(url);
  const pageSlug = profileSlugOnPage(root);
  if (urlSlug && pageSlug && urlSlug !== pageSlug) return staleDocument(url, urlSlug, pageSlug, now);
  const slug = urlSlug ?? pageSlug;
  const base = {
    source: 'linkedin' as const,
    url,
    capturedAt: now.toISOString(),
    identity: slug ? { kind: 'linkedin' as const, id: canonicalSlug(slug) } : undefined,
  };
  if (!main) return { ...base, person: { links: [] }, sections: [], incomplete: [], warnings: ['no page content to read'] };

  const nextId = idGenerator();
  const title = root.querySelector('title')?.textContent ?? undefined;
  const profileUrl = slug ? [`https://www.linkedin.com/in/${encodeURIComponent(slug)}/`] : [];
  const classic = isClassicProfile(main) && !main.querySelector('[data-view-name="profile-component-entity"]');
  const read: Read = classic ? { sections: [], incomplete: [], drafts: new Map() } : readHookedSections(main, nextId, slug);
  let person = readTopCard(main, title);
  if (classic) {
    const classicRead = readClassicProfile(main, nextId);
    read.sections.push(...classicRead.sections);
    if (classicRead.person.name) person = classicRead.person;
  }
  if (!read.sections.some((s) => s.kind === 'experience')) readTextFallback(main, nextId, read);

  const roles = read.sections.filter((s) => s.kind === 'experience').flatMap((s) => s.blocks);
  linkSkillsToRoles(read.drafts.get('skills') ?? [], roles);
  const shown = (kind: SectionKind) =>
    entriesShown(
      kind,
      read.sections.filter((s) => s.kind === kind).flatMap((s) => s.blocks),
      read.drafts.get(kind)?.length,
    );
  const incomplete = linkedInDetailsSection(url) ? read.incomplete : [...detectShowAll(main, slug, shown), ...read.incomplete];
  const warnings = read.sections.length === 0 ? ['no profile sections found on this page'] : [];
  return { ...base, person: { ...person, links: profileUrl }, sections: read.sections, incomplete, warnings };
}
