import type { PdfTextItem } from './pdf-text-item';

/** Runs of text on one baseline that sit close enough together to read as one phrase. */
export interface Segment {
  items: PdfTextItem[];
  text: string;
  x: number;
  right: number;
  y: number;
  fontSize: number;
  bold: boolean;
}

export interface Row {
  y: number;
  segments: Segment[];
}

function sameRun(a: PdfTextItem, b: PdfTextItem): boolean {
  return a.text === b.text && Math.abs(a.x - b.x) < 1 && Math.abs(a.y - b.y) < 1;
}

/** Drops runs printed twice at (almost) the same spot, a common way to fake bold. */
function dropOverprints(items: PdfTextItem[]): PdfTextItem[] {
  const kept: PdfTextItem[] = [];
  for (const item of items) {
    const recent = kept.slice(-4);
    if (!recent.some((other) => sameRun(other, item))) kept.push(item);
  }
  return kept;
}

function dominant<T>(items: PdfTextItem[], value: (item: PdfTextItem) => T): T {
  const weights = new Map<T, number>();
  for (const item of items) weights.set(value(item), (weights.get(value(item)) ?? 0) + item.text.trim().length);
  let best = value(items[0]);
  let bestWeight = -1;
  for (const [key, weight] of weights) {
    if (weight > bestWeight) {
      best = key;
      bestWeight = weight;
    }
  }
  return best;
}

/** Joins runs left to right, adding a space where the gap is wider than kerning. */
export function joinRuns(items: PdfTextItem[]): string {
  let text = '';
  let previous: PdfTextItem | undefined;
  for (const item of items) {
    if (previous) {
      const gap = item.x - (previous.x + previous.width);
      const threshold = 0.1 * Math.min(previous.fontSize, item.fontSize);
      if (gap > threshold && !/\s$/.test(text) && !/^\s/.test(item.text)) text += ' ';
    }
    text += item.text;
    previous = item;
  }
  return text.replace(/\s+/g, ' ').trim();
}

export function segmentOf(items: PdfTextItem[]): Segment {
  const last = items[items.length - 1];
  const bold = items.filter((item) => item.bold).reduce((n, item) => n + item.text.trim().length, 0);
  const total = items.reduce((n, item) => n + item.text.trim().length, 0);
  return {
    items,
    text: joinRuns(items),
    x: items[0].x,
    right: Math.max(...items.map((item) => item.x + item.width), last.x + last.width),
    y: dominant(items, (item) => item.y),
    fontSize: dominant(items, (item) => Math.round(item.fontSize * 10) / 10),
    bold: total > 0 && bold / total >= 0.6,
  };
}

/** Splits one row's runs (sorted by x) wherever the gap is wide enough to separate phrases or columns. */
function segmentsOfRow(items: PdfTextItem[]): Segment[] {
  const segments: Segment[] = [];
  let current: PdfTextItem[] = [];
  let end = -Infinity;
  for (const item of items) {
    const gap = item.x - end;
    if (current.length > 0 && gap > 1.2 * Math.max(item.fontSize, 6)) {
      segments.push(segmentOf(current));
      current = [];
    }
    current.push(item);
    end = Math.max(end, item.x + item.width);
  }
  if (current.length > 0) segments.push(segmentOf(current));
  return segments;
}

/**
 * Groups a page's runs into rows sharing a baseline (top to bottom) and splits each row into
 * segments at wide gaps. Superscripts and small baseline jitter stay on their row.
 */
export function rowsOfItems(items: PdfTextItem[]): Row[] {
  const sorted = dropOverprints([...items].sort((a, b) => b.y - a.y || a.x - b.x));
  const rows: PdfTextItem[][] = [];
  let rowY = Infinity;
  for (const item of sorted) {
    const row = rows[rows.length - 1];
    const tolerance = Math.max(1.5, 0.3 * item.fontSize);
    if (row && Math.abs(rowY - item.y) <= tolerance) row.push(item);
    else {
      rows.push([item]);
      rowY = item.y;
    }
  }
  return rows.map((row) => {
    const segments = segmentsOfRow(row.sort((a, b) => a.x - b.x));
    return { y: Math.max(...segments.map((segment) => segment.y)), segments };
  });
}
