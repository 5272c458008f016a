import { looksLikeLocation } from './entry-header';
import type { Row, Segment } from './segment-rows';

/** A horizontal slice of a page, read as one column or as a left then a right column. */
export interface Band {
  columns: Segment[][][];
}

const TOLERANCE = 2;

interface Candidate {
  x: number;
  left: Segment[];
  right: Segment[];
}

function charCount(segments: Segment[]): number {
  return segments.reduce((n, segment) => n + segment.text.length, 0);
}

function crosses(segment: Segment, x: number): boolean {
  return segment.x < x - TOLERANCE && segment.right > x - 4;
}

/** Share of one side's segments that sit on exactly the same baseline as a segment of the other side. */
function pairedShare(side: Segment[], other: Segment[]): number {
  if (side.length === 0) return 1;
  const baselines = new Set(other.map((segment) => Math.round(segment.y * 2)));
  const paired = side.filter((segment) => [-1, 0, 1].some((d) => baselines.has(Math.round(segment.y * 2) + d))).length;
  return paired / side.length;
}

/** Dates, places, grades and "Label:" cells: what a table prints beside each row's main text. */
function isRowAnnotation(segments: Segment[]): boolean {
  const annotations = segments.filter((segment) => /\d|:$|^:/.test(segment.text) || looksLikeLocation(segment.text)).length;
  return annotations >= segments.length * 0.5;
}

function candidateAt(rows: Row[], x: number): Candidate | undefined {
  const left: Segment[] = [];
  const right: Segment[] = [];
  let crossingRows = 0;
  for (const row of rows) {
    if (row.segments.some((segment) => crosses(segment, x))) {
      crossingRows++;
      continue;
    }
    for (const segment of row.segments) (segment.x >= x - TOLERANCE ? right : left).push(segment);
  }
  if (crossingRows > rows.length * 0.25) return undefined;
  return { x, left, right };
}

// A heading over a table ("Education" above its date column) stands alone on its row at the left edge.
const LONE_HEADING_MAX_WORDS = 3;
const LONE_HEADING_MAX_SHARE = 1 / 3;

function isLoneHeading(segment: Segment, other: Segment[]): boolean {
  if (/\d/.test(segment.text) || segment.text.trim().split(/\s+/).length > LONE_HEADING_MAX_WORDS) return false;
  return pairedShare([segment], other) === 0;
}

/** The side's segments without the few headings that stand alone on their rows; all of them when those are many (a sidebar of short lines). */
function withoutLoneHeadings(side: Segment[], other: Segment[]): Segment[] {
  const kept = side.filter((segment) => !isLoneHeading(segment, other));
  return side.length - kept.length <= side.length * LONE_HEADING_MAX_SHARE ? kept : side;
}

/**
 * A real column split has text on both sides. A table is not one: when nearly every segment of one side
 * shares its baseline with the other side and that side holds dates, places or labels (a title with its
 * right-aligned dates, a date column before each role, "Skills:" before a list), rows are read across.
 * Two columns set on the same baseline grid still split, because a sidebar holds text, not annotations.
 */
function isColumnSplit(candidate: Candidate): boolean {
  const { left, right } = candidate;
  if (left.length < 3 || right.length < 3) return false;
  const leftChars = charCount(left);
  const rightChars = charCount(right);
  const total = leftChars + rightChars;
  if (leftChars < 40 || rightChars < 40 || leftChars < total * 0.04 || rightChars < total * 0.04) return false;
  const cells = withoutLoneHeadings(left, right);
  if (pairedShare(cells, right) >= 0.8 && isRowAnnotation(cells)) return false;
  return !(pairedShare(right, left) >= 0.8 && isRowAnnotation(right));
}

/** Left edges shared by several segments: where a right column would start. */
function alignedStarts(rows: Row[]): number[] {
  const counts = new Map<number, number>();
  for (const row of rows) for (const segment of row.segments) counts.set(Math.round(segment.x), (counts.get(Math.round(segment.x)) ?? 0) + 1);
  const minX = Math.min(...rows.flatMap((row) => row.segments.map((segment) => segment.x)));
  return [...counts.entries()]
    .filter(([x, count]) => count >= 3 && x > minX + 40)
    .sort((a, b) => b[1] - a[1])
    .map(([x]) => x);
}

function findColumnSplit(rows: Row[]): number | undefined {
  for (const x of alignedStarts(rows).slice(0, 12)) {
    const candidate = candidateAt(rows, x);
    if (candidate && isColumnSplit(candidate)) return x;
  }
  return undefined;
}

function splitRow(row: Row, x: number): [Segment[], Segment[]] {
  return [row.segments.filter((segment) => segment.x < x - TOLERANCE), row.segments.filter((segment) => segment.x >= x - TOLERANCE)];
}

/**
 * Cuts a page's rows into bands: rows that span the column gutter (a full-width header or footer) are
 * bands of their own, and the rows between them are read column by column, never across.
 */
export function splitColumns(rows: Row[]): Band[] {
  const x = rows.length > 0 ? findColumnSplit(rows) : undefined;
  if (x === undefined) return [{ columns: [rows.map((row) => row.segments)] }];
  const bands: Band[] = [];
  let left: Segment[][] = [];
  let right: Segment[][] = [];
  const flush = (): void => {
    if (left.length > 0 || right.length > 0) bands.push({ columns: [left, right] });
    left = [];
    right = [];
  };
  for (const row of rows) {
    if (row.segments.some((segment) => crosses(segment, x))) {
      flush();
      bands.push({ columns: [[row.segments]] });
      continue;
    }
    const [l, r] = splitRow(row, x);
    if (l.length > 0) left.push(l);
    if (r.length > 0) right.push(r);
  }
  flush();
  return bands;
}
