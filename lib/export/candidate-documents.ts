import type { CandidateRecord, ScreeningSnapshot } from '../storage/candidate-record';
import type { SavedBlock, SavedDocument, SavedSection } from '../storage/saved-document';

/** The saved documents of a candidate's sources, the most recently saved first. */
export function documentsOf(record: CandidateRecord, snapshots: Record<string, ScreeningSnapshot>): SavedDocument[] {
  return [...record.sources]
    .sort((a, b) => b.savedAt.localeCompare(a.savedAt))
    .flatMap((source) => {
      const document = snapshots[source.identity]?.document;
      return document ? [document] : [];
    });
}

export function blocksOf(document: SavedDocument, kind: SavedSection['kind']): SavedBlock[] {
  return document.sections.filter((section) => section.kind === kind).flatMap((section) => section.blocks);
}

/**
 * The blocks of one section from the document that lists most of them: sources are not merged, since a
 * LinkedIn profile and a resume of one person list the same roles in different words.
 */
export function fullestSection(documents: SavedDocument[], kind: SavedSection['kind']): SavedBlock[] {
  return documents.map((document) => blocksOf(document, kind)).reduce<SavedBlock[]>((best, blocks) => (blocks.length > best.length ? blocks : best), []);
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function linkValue(links: string[], scheme: 'mailto:' | 'tel:'): string | undefined {
  const link = links.find((entry) => entry.toLowerCase().startsWith(scheme));
  if (!link) return undefined;
  const value = decodeURIComponentSafely(link.slice(scheme.length).split('?')[0]).trim();
  return value || undefined;
}

function decodeURIComponentSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The address the documents give as a mailto: link, if any and if it looks like one. */
export function emailOf(documents: SavedDocument[]): string | undefined {
  return documents.map((document) => linkValue(document.person.links, 'mailto:')).find((value) => value !== undefined && EMAIL.test(value));
}

export function phoneOf(documents: SavedDocument[]): string | undefined {
  return documents.map((document) => linkValue(document.person.links, 'tel:')).find((value) => value !== undefined);
}

export function locationOf(documents: SavedDocument[]): string | undefined {
  return documents.map((document) => document.person.location?.trim()).find(Boolean);
}

/** The employer of a role that has not ended; none when every role listed has an end date. */
export function currentCompanyOf(documents: SavedDocument[]): string | undefined {
  for (const document of documents) {
    const current = blocksOf(document, 'experience').find((block) => block.org && block.dates?.end === 'present');
    if (current) return current.org;
  }
  return undefined;
}
