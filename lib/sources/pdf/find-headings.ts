import { headingKindOf, stripHeadingDecoration, type PdfHeadingKind } from './heading-kind';
import type { LayoutStats } from './layout-stats';
import type { PdfLine } from './pdf-line';

export interface HeadingMark {
  kind: PdfHeadingKind;
  text: string;
}

function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

function isEmphasised(line: PdfLine, stats: LayoutStats): boolean {
  return line.fontSize >= stats.bodySize + 0.8 || line.bold || isAllCaps(line.text);
}

function styleKey(line: PdfLine): string {
  return `${Math.round(line.fontSize * 2) / 2}|${line.bold}|${isAllCaps(line.text)}`;
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

/**
 * Finds section headings: a known heading word (any of several languages) set apart by size, weight,
 * capitals or space above; then any other short line in exactly the style those headings use.
 */
export function findHeadings(lines: PdfLine[], stats: LayoutStats, skip: Set<number> = new Set()): Map<number, HeadingMark> {
  const marks = new Map<number, HeadingMark>();
  const styles = new Set<string>();
  lines.forEach((line, index) => {
    if (skip.has(index)) return;
    // A heading may carry a note on its row ("Publications   (* equal contribution)") when set large.
    if (line.parts.length > 1 && line.fontSize < stats.bodySize + 0.8) return;
    const kind = headingKindOf(line.parts[0]);
    if (!kind) return;
    if (isEmphasised(line, stats) || startsAfterGap(lines, index, stats)) {
      marks.set(index, { kind, text: stripHeadingDecoration(line.parts[0]) });
      if (isEmphasised(line, stats)) styles.add(styleKey(line));
    }
  });
  lines.forEach((line, index) => {
    if (skip.has(index) || marks.has(index) || !styles.has(styleKey(line))) return;
    if (looksLikeUnknownHeading(line, stats)) marks.set(index, { kind: 'other', text: stripHeadingDecoration(line.parts[0]) });
  });
  return marks;
}
