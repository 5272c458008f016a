import type { PdfLine } from './pdf-line';
import type { PdfPage } from './pdf-text-item';
import { rowsOfItems, type Segment } from './segment-rows';
import { splitColumns } from './split-columns';

function lineOf(segments: Segment[], page: number, column: number, inColumns: boolean): PdfLine {
  // The first phrase carries the line's role: a bold title followed by plain dates is a title line.
  const first = segments[0];
  return {
    text: segments.map((segment) => segment.text).join(' '),
    parts: segments.map((segment) => segment.text),
    partStarts: segments.map((segment) => segment.x),
    page,
    column,
    inColumns,
    x: segments[0].x,
    right: segments[segments.length - 1].right,
    y: Math.max(...segments.map((segment) => segment.y)),
    fontSize: first.fontSize,
    bold: first.bold,
  };
}

/** Rebuilds every page's lines in reading order: bands top to bottom, each band's columns left to right. */
export function linesOfPages(pages: PdfPage[]): PdfLine[] {
  const lines: PdfLine[] = [];
  for (const page of pages) {
    for (const band of splitColumns(rowsOfItems(page.items))) {
      const inColumns = band.columns.length > 1;
      band.columns.forEach((column, index) => {
        for (const row of column) lines.push(lineOf(row, page.number, index, inColumns));
      });
    }
  }
  return lines;
}
