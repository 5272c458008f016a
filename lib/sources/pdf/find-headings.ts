import { stripHeadingDecoration } from '../heading-decoration';
import { headingMatchOf, type HeadingKind, type HeadingMatch } from '../section-kind-of-heading';
import type { LayoutStats } from './layout-stats';
import type { PdfLine } from './pdf-line';

export interface HeadingMark {
  kind: HeadingKind;
  text: string;
  /** The heading's words said what it is; false for a line taken as a heading by its style alone. */
  named: boolean;
}

interface Candidate extends HeadingMatch {
  index: number;
  line: PdfLine;
}

/** How a line is set: size, weight and capitals, the three ways a template sets a heading apart. */
interface Style {
  size: number;
  bold: boolean;
  caps: boolean;
}

function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

function styleOf(line: PdfLine): Style {
  return { size: Math.round(line.fontSize * 2) / 2, bold: line.bold, caps: isAllCaps(line.parts[0]) };
}

function styleKey(style: Style): string {
  return `${style.size}|${style.bold}|${style.caps}`;
}

function isEmphasised(style: Style, stats: LayoutStats): boolean {
  return style.size >= stats.bodySize + 0.8 || style.bold || style.caps;
}

/**
 * Whether `a` stands out at least as much as `b`: larger type first, then weight. Capitals count only
 * where headings are set at body size, the one place they tell a heading from a bold sub-label.
 */
function asProminent(a: Style, b: Style, stats: LayoutStats): boolean {
  if (Math.abs(a.size - b.size) > 0.6) return a.size > b.size;
  if (a.caps !== b.caps && b.size < stats.bodySize + 0.8) return a.caps;
  return a.bold || !b.bold;
}

function startsAfterGap(lines: PdfLine[], index: number, stats: LayoutStats): boolean {
  const previous = lines[index - 1];
  const line = lines[index];
  if (!previous || previous.page !== line.page || previous.column !== line.column) return true;
  return previous.y - line.y >= 1.4 * stats.leading(line.fontSize, line.page, line.column);
}

function looksLikeUnknownHeading(line: PdfLine, stats: LayoutStats): boolean {
  const text = line.parts[0].trim();
  const distinct = line.fontSize >= stats.bodySize + 0.8 || isAllCaps(text);
  const single = line.parts.length === 1 || line.fontSize >= stats.bodySize + 2;
  return distinct && single && text.length <= 40 && text.split(/\s+/).length <= 5 && !/\d|[.,;]$/.test(text) && /\p{L}/u.test(text);
}

function candidatesOf(lines: PdfLine[], stats: LayoutStats, skip: Set<number>): Candidate[] {
  const found: Candidate[] = [];
  lines.forEach((line, index) => {
    if (skip.has(index)) return;
    // A heading may carry a note on its row ("Publications   (* equal contribution)") when set large;
    // at body size a heading word before values is a label ("Programming    Python, SQL").
    if (line.parts.length > 1 && line.fontSize < stats.bodySize + 0.8) return;
    const match = headingMatchOf(line.parts[0]);
    if (match && (isEmphasised(styleOf(line), stats) || startsAfterGap(lines, index, stats))) found.push({ ...match, index, line });
  });
  return found;
}

/**
 * The styles a document sets its section headings in: the one most exactly named headings alone on their
 * line share, and any other that at least two share and that stands out as much (a sidebar's headings
 * beside the main column's). Entry titles and sub-labels ("Frameworks", "Programming   Python, SQL") are
 * set less prominently, or carry values on their line.
 */
function headingStyles(candidates: Candidate[], stats: LayoutStats): Style[] {
  const counts = new Map<string, { style: Style; count: number }>();
  for (const c of candidates) {
    const style = styleOf(c.line);
    if (!c.exact || c.line.parts.length > 1 || !isEmphasised(style, stats)) continue;
    const entry = counts.get(styleKey(style)) ?? { style, count: 0 };
    entry.count++;
    counts.set(styleKey(style), entry);
  }
  const shared = [...counts.values()].filter((entry) => entry.count >= 2).sort((a, b) => b.count - a.count);
  if (shared.length === 0) return [];
  const primary = shared[0].style;
  return [
    primary,
    ...shared
      .slice(1)
      .map((entry) => entry.style)
      .filter((style) => asProminent(style, primary, stats)),
  ];
}

/**
 * A candidate in a heading style is a heading. Outside those styles an exactly named heading must stand
 * out at least as much as the main heading style (a sub-label is set smaller or plainer), and a heading
 * with words the tables do not know ("Machine Learning Projects") must be set in a heading style, or
 * stand out by size or capitals when the document shows none.
 */
function isHeading(c: Candidate, styles: Style[], stats: LayoutStats): boolean {
  const style = styleOf(c.line);
  if (styles.length === 0) return c.exact || style.size >= stats.bodySize + 0.8 || style.caps;
  if (styles.some((s) => styleKey(s) === styleKey(style))) return true;
  return c.exact && asProminent(style, styles[0], stats);
}

/**
 * Finds section headings: a heading word (any of several languages, decoration and qualifiers set aside)
 * set apart by size, weight, capitals or space above, in the style the document gives its headings; then
 * any other short line in exactly a heading style.
 */
export function findHeadings(lines: PdfLine[], stats: LayoutStats, skip: Set<number> = new Set()): Map<number, HeadingMark> {
  const marks = new Map<number, HeadingMark>();
  const candidates = candidatesOf(lines, stats, skip);
  const styles = headingStyles(candidates, stats);
  const markedStyles = new Set<string>();
  for (const c of candidates) {
    if (!isHeading(c, styles, stats)) continue;
    marks.set(c.index, { kind: c.kind, text: stripHeadingDecoration(c.line.parts[0]), named: true });
    if (isEmphasised(styleOf(c.line), stats)) markedStyles.add(styleKey(styleOf(c.line)));
  }
  const unknownStyles = styles.length > 0 ? new Set(styles.map(styleKey)) : markedStyles;
  lines.forEach((line, index) => {
    if (skip.has(index) || marks.has(index) || !unknownStyles.has(styleKey(styleOf(line)))) return;
    if (looksLikeUnknownHeading(line, stats)) marks.set(index, { kind: 'other', text: stripHeadingDecoration(line.parts[0]), named: false });
  });
  return marks;
}
