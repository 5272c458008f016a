import type { PdfLine } from './pdf-line';

/** Typical measures of a document's lines, the yardsticks every layout rule compares against. */
export interface LayoutStats {
  /** The font size most of the text is set in. */
  bodySize: number;
  /** Baseline-to-baseline distance of wrapped lines of this size in this page and column. */
  leading(size: number, page?: number, column?: number): number;
  /** Right edge of a full line in the given page and column. */
  fullWidthRight(page: number, column: number): number;
}

function roundHalf(value: number): number {
  return Math.round(value * 2) / 2;
}

function mode(values: Map<number, number>, fallback: number): number {
  let best = fallback;
  let weight = 0;
  for (const [value, count] of values) {
    if (count > weight || (count === weight && value < best)) {
      best = value;
      weight = count;
    }
  }
  return best;
}

/**
 * Wrapped lines sit closer than list items or paragraphs, so the leading is the smallest gap that
 * recurs; a gap seen once is noise, and without a recurring one the most common gap is used.
 */
function wrapGap(gaps: Map<number, number>, fallback: number): number {
  const recurring = [...gaps].filter(([, count]) => count >= 2).map(([gap]) => gap);
  return recurring.length > 0 ? Math.min(...recurring) : mode(gaps, fallback);
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

export function layoutStatsOf(lines: PdfLine[]): LayoutStats {
  const sizeWeights = new Map<number, number>();
  for (const line of lines) sizeWeights.set(roundHalf(line.fontSize), (sizeWeights.get(roundHalf(line.fontSize)) ?? 0) + line.text.length);
  const bodySize = mode(sizeWeights, 10);

  const gapsByKey = new Map<string, Map<number, number>>();
  const addGap = (key: string, gap: number): void => {
    const gaps = gapsByKey.get(key) ?? new Map<number, number>();
    gaps.set(roundHalf(gap), (gaps.get(roundHalf(gap)) ?? 0) + 1);
    gapsByKey.set(key, gaps);
  };
  for (let i = 1; i < lines.length; i++) {
    const [a, b] = [lines[i - 1], lines[i]];
    const size = roundHalf(b.fontSize);
    const gap = a.y - b.y;
    if (a.page !== b.page || a.column !== b.column || roundHalf(a.fontSize) !== size) continue;
    if (gap < 0.8 * size || gap > 2.5 * size) continue;
    addGap(`${size}`, gap);
    addGap(`${size}:${b.page}:${b.column}`, gap);
  }
  const rights = new Map<string, number[]>();
  for (const line of lines) {
    if (line.text.split(' ').length < 4) continue;
    const key = `${line.page}:${line.column}`;
    const values = rights.get(key);
    if (values) values.push(line.right);
    else rights.set(key, [line.right]);
  }
  const fullRight = new Map([...rights].map(([key, values]) => [key, percentile(values, 0.9)]));
  return {
    bodySize,
    leading: (size, page, column) => {
      const gaps = gapsByKey.get(`${roundHalf(size)}:${page}:${column}`) ?? gapsByKey.get(`${roundHalf(size)}`);
      return gaps ? wrapGap(gaps, size * 1.25) : size * 1.25;
    },
    fullWidthRight: (page, column) => fullRight.get(`${page}:${column}`) ?? Infinity,
  };
}
