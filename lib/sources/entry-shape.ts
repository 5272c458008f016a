import type { SectionKind } from '../model/candidate-document';
import { entryKindOfHeader } from './entry-words';

/** How a reader tells the lines of an entry apart, from whatever it knows of them (text, bullets, type). */
export interface EntryShape<T> {
  /** "ML Engineer, Acme   2020 – 2023": a short header line that prints a date range. */
  isDatedHeader(item: T): boolean;
  /** A bullet or a sentence: what an entry says it did. */
  isDescription(item: T): boolean;
  /** A title or organisation line printed above the dated line (a list or a labelled line is not one). */
  isTitleLine(item: T): boolean;
  /** Any other header line (an organisation or place below the dates). */
  isHeaderLine(item: T): boolean;
}

/** "Python, SQL, Docker": two separators make a list; a title line holds at most "Acme Corp, Berlin". */
export function isListLine(text: string): boolean {
  return (text.match(/[,|;·•]/g)?.length ?? 0) >= 2;
}

/** A header line is short: longer text is a paragraph, and is not read word by word for a header. */
export const MAX_HEADER_CHARS = 200;
/** Words of a dated header line ("Senior ML Engineer, Acme Corp, Berlin, Germany   2020 – 2023"). */
export const HEADER_WORDS = 14;
/** Words of a title or organisation line above it. */
export const TITLE_WORDS = 8;
/** Words that make an unbulleted line a sentence of description rather than a label. */
export const DESCRIPTION_WORDS = 6;

/** Title and organisation lines printed above the dated line. */
const TITLE_LINES_ABOVE = 2;

/** Sections where a list, a label or the top of the page may run straight into entries no heading announced. */
export const HOST_KINDS: ReadonlySet<SectionKind> = new Set(['summary', 'skills', 'languages', 'other']);
/** Credentials print dated lines of their own ("AWS ML Specialty   2022 – 2025"): entries there must name a role or degree. */
export const CREDENTIAL_KINDS: ReadonlySet<SectionKind> = new Set(['certifications', 'awards', 'publications']);

/**
 * Where the first entry starts, judged by its shape whatever section it stands in: a dated header line,
 * up to two title or organisation lines above it, at most one more header line below it, then a bullet
 * or a sentence.
 */
export function firstEntryStart<T>(items: readonly T[], shape: EntryShape<T>): number | undefined {
  for (let i = 0; i < items.length; i++) {
    if (!shape.isDatedHeader(items[i])) continue;
    let body = i + 1;
    if (body < items.length && !shape.isDescription(items[body]) && shape.isHeaderLine(items[body])) body++;
    if (body >= items.length || !shape.isDescription(items[body])) continue;
    let start = i;
    while (start > 0 && i - start < TITLE_LINES_ABOVE && shape.isTitleLine(items[start - 1])) start--;
    return start;
  }
  return undefined;
}

/** Experience or education by what entry headers name; `named` when any header names either. */
export function kindOfEntryHeaders(headers: readonly string[]): { kind: 'experience' | 'education'; named: boolean } {
  let work = 0;
  let study = 0;
  for (const header of headers) {
    const kind = entryKindOfHeader(header);
    if (kind === 'experience') work++;
    else if (kind === 'education') study++;
  }
  return { kind: study > work ? 'education' : 'experience', named: work + study > 0 };
}
