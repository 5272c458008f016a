import type { Block, CandidateDocument, Incompleteness, Section, SectionKind } from '../../model/candidate-document';
import { formatPoint } from '../../knowledge/dates/date-point';
import { DETAILS_PAGE } from './detect-truncation';
import { linkedInDetailsSection, linkedInDetailsUrl } from './linkedin-url';

/** The section kind each /details/<page>/ lists, from the section -> page table the truncation notes use. */
const SECTION_OF_DETAILS_PAGE = new Map(Object.entries(DETAILS_PAGE).map(([kind, page]) => [page, kind as SectionKind]));

function fold(text: string | undefined): string {
  return (text ?? '').replace(/…$/, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** One entry as both pages print it: a role by title, company and dates; anything untitled by its text. */
function entryKey(block: Block): string {
  if (!block.title && !block.org) return fold(block.text);
  const { start, end } = block.dates ?? {};
  const dates = block.dates ? `${start ? formatPoint(start) : ''}-${end ? formatPoint(end) : ''}` : '';
  return [fold(block.title), fold(block.org), dates === '-' ? fold(block.dates?.raw) : dates].join('|');
}

/** The same entry seen twice: the profile's fields stay, the longer description (the uncut one) wins. */
function unionOfEntry(kept: Block, other: Block): Block {
  const skills = [...new Set([...(kept.skills ?? []), ...(other.skills ?? [])])];
  return {
    ...kept,
    text: other.text.length > kept.text.length ? other.text : kept.text,
    ...(skills.length > 0 ? { skills } : {}),
  };
}

function unionOfSection(kept: Section, added: Section): Section {
  const blocks = [...kept.blocks];
  for (const block of added.blocks) {
    const at = blocks.findIndex((b) => entryKey(b) === entryKey(block));
    if (at >= 0) blocks[at] = unionOfEntry(blocks[at], block);
    // Both pages number their blocks from 0: an entry only the details page has gets an id of its own.
    else blocks.push({ ...block, id: `${block.id}@details` });
  }
  return { ...kept, blocks };
}

function addSections(sections: Section[], added: readonly Section[]): Section[] {
  const out = [...sections];
  for (const section of added) {
    const at = out.findIndex((s) => s.kind === section.kind);
    if (at >= 0) out[at] = unionOfSection(out[at], section);
    else out.push({ ...section, blocks: section.blocks.map((b) => ({ ...b, id: `${b.id}@details` })) });
  }
  return out;
}

function unique<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && seen.add(key(item)));
}

/** What the pages read so far still leave unread, and which page to open for it. */
function stillUnread(profile: CandidateDocument | undefined, details: readonly CandidateDocument[], slug: string | undefined): Incompleteness[] {
  const read = new Set(details.map((d) => SECTION_OF_DETAILS_PAGE.get(linkedInDetailsSection(d.url ?? '') ?? '')));
  const notes = [
    // A note about a section whose details page was read is answered: that page listed it all.
    ...(profile?.incomplete ?? []).filter((note) => !note.section || !read.has(note.section)),
    ...details.flatMap((d) => d.incomplete),
  ];
  if (!profile && slug) {
    notes.push({
      message: 'Only a "Show all" page of this person was read: open the profile for the headline, About and skills',
      seeAllUrl: `https://www.linkedin.com/in/${encodeURIComponent(slug)}/`,
    });
  } else if (profile && profile.sections.length === 0 && details.length === 0) {
    notes.push({
      section: 'experience',
      message: 'The profile page showed only its top card (name, headline), no About, Experience or Skills: open the experience page to read the roles',
      seeAllUrl: slug ? linkedInDetailsUrl(slug, 'experience') : undefined,
    });
  }
  return unique(notes, (note) => `${note.section ?? ''}|${note.message}`);
}

/**
 * One document for one member from the pages of theirs that were read: the profile (/in/<slug>/) is the base and
 * each /details/<section>/ page adds what the profile did not show (more entries, uncut descriptions). A details
 * page never takes anything away: the headline, About and the other sections stay the profile's. The "Show all"
 * notes of a section whose details page was read are dropped, since that page listed the whole section.
 * `pages` are documents of the same person (same slug); undefined when there are none.
 */
export function combineLinkedInPages(pages: readonly CandidateDocument[]): CandidateDocument | undefined {
  const profile = pages.find((page) => !linkedInDetailsSection(page.url ?? ''));
  const details = pages.filter((page) => page !== profile && linkedInDetailsSection(page.url ?? '')).sort((a, b) => (a.url ?? '').localeCompare(b.url ?? ''));
  const base = profile ?? details[0];
  if (!base) return undefined;
  const others = details.filter((page) => page !== base);
  const all = [base, ...others];
  const sections = others.reduce((merged, page) => addSections(merged, page.sections), base.sections);
  const slug = all.find((page) => page.identity)?.identity?.id;
  return {
    ...base,
    url: profile?.url ?? base.url,
    capturedAt:
      all
        .map((page) => page.capturedAt)
        .sort()
        .at(-1) ?? base.capturedAt,
    identity: base.identity ?? all.find((page) => page.identity)?.identity,
    person: {
      name: base.person.name ?? others.find((page) => page.person.name)?.person.name,
      headline: base.person.headline ?? others.find((page) => page.person.headline)?.person.headline,
      location: base.person.location ?? others.find((page) => page.person.location)?.person.location,
      links: [...new Set(all.flatMap((page) => page.person.links))],
    },
    sections,
    incomplete: stillUnread(profile, details, slug),
    warnings: [...new Set(all.flatMap((page) => page.warnings))],
  };
}
