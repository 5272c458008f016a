import { headingKindOf } from '../section-kind-of-heading';
import type { LayoutStats } from './layout-stats';
import type { PdfLine } from './pdf-line';

const CONTACT =
  /@|https?:|www\.|\.(?:com|io|dev|ai|org|net|me)\b|linkedin|github|telegram|\btg:|\+?\d[\d ()-]{6,20}\d|\b(?:tel|phone|mobile|email|e-mail)\b|телефон|почта/iu;
// A bare domain counts only as a whole lower-case token ("mxposed.github.io"), so "ASP.NET" is no link.
const URL =
  /(?:https?:\/\/|www\.)[^\s<>()|,]+|(?<![@\w.])(?:[a-z0-9-]+\.)+(?:com|io|dev|ai|org|net|me|app|co|ru|de|page|site)\/[^\s<>()|,]*|(?<![^\s|(])(?:[a-z0-9-]+\.)+(?:com|io|dev|ai|me|app|page|site)(?=$|[\s|),])/gu;

// Link labels and handles printed beside icons: "Kaggle", "§ jane-doe", "jdoe951".
const LINK_LABEL = /^(?:kaggle|medium|portfolio|website|homepage|blog|google scholar|scholar|orcid|twitter|leetcode|stack ?overflow|us citizen)$/i;
const HANDLE = /^[\p{Ll}\d][\p{Ll}\d._-]*[\d._-][\p{Ll}\d._-]*$/u;

export function isContactLike(text: string): boolean {
  const t = text.trim();
  const handleOnly = t.split(/\s+/).every((token) => token.length === 1 || HANDLE.test(token));
  return CONTACT.test(t) || LINK_LABEL.test(t) || handleOnly || /^[^\p{L}\d(]/u.test(t) || /\p{Co}/u.test(t);
}

export function looksLikeName(text: string): boolean {
  const t = text.trim();
  const words = t.split(/\s+/);
  return (
    t.length <= 60 &&
    words.length >= 2 &&
    words.length <= 5 &&
    /^[\p{L}][\p{L}'’.\- ]+$/u.test(t) &&
    words.some((word) => /^\p{Lu}/u.test(word)) &&
    headingKindOf(t) === undefined
  );
}

/**
 * The line printing the person's name: the largest type near the top of page 1 (in either column),
 * or the very first line when nothing stands out.
 */
export function findNameLine(lines: PdfLine[], stats: LayoutStats): number | undefined {
  const firstPage = lines[0]?.page;
  // The name sits above the first section heading of its column (a sidebar's headings do not count).
  const headingSeen = new Set<number>();
  const seenInColumn = new Map<number, number>();
  const candidates: { line: PdfLine; index: number }[] = [];
  lines.forEach((line, index) => {
    if (line.page !== firstPage || headingSeen.has(line.column)) return;
    const seen = seenInColumn.get(line.column) ?? 0;
    seenInColumn.set(line.column, seen + 1);
    if (headingKindOf(line.parts[0])) headingSeen.add(line.column);
    else if (seen < 15) candidates.push({ line, index });
  });
  const largest = candidates
    .filter(({ line }) => line.fontSize >= stats.bodySize + 2 && looksLikeName(line.parts[0]))
    .sort((a, b) => b.line.fontSize - a.line.fontSize)[0];
  if (largest) return largest.index;
  return lines[0] && looksLikeName(lines[0].parts[0]) ? 0 : undefined;
}

/** Profile and site links printed in contact lines, as absolute URLs. */
export function linksIn(texts: string[]): string[] {
  const links = new Set<string>();
  for (const text of texts) {
    for (const match of text.matchAll(URL)) {
      const url = match[0].replace(/[.;:]+$/, '');
      links.add(/^https?:/i.test(url) ? url : `https://${url}`);
    }
  }
  return [...links];
}
