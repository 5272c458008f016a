/**
 * Page text and evidence quotes rarely agree on whitespace (line breaks, nested spans, trimmed
 * "see more"), so both are compared without whitespace, case-folded, with typographic punctuation
 * folded to ASCII. Each kept character remembers which text segment and offset it came from.
 */
export interface CompactText {
  text: string;
  segment: Int32Array;
  offset: Int32Array;
}

export interface SegmentSpan {
  startSegment: number;
  startOffset: number;
  /** Exclusive end, as in `Range.setEnd`. */
  endSegment: number;
  endOffset: number;
}

const FOLDED: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
  '\u2026': '.',
};

function isSpace(code: number): boolean {
  return code <= 32 || code === 160 || code === 0x2028 || code === 0x2029 || code === 0x200b || code === 0xfeff || (code >= 0x2000 && code <= 0x200a);
}

function foldChar(char: string): string {
  const folded = FOLDED[char] ?? char.toLowerCase();
  return folded.length === 1 ? folded : char;
}

export function compactQuote(quote: string): string {
  let out = '';
  for (let i = 0; i < quote.length; i++) {
    if (!isSpace(quote.charCodeAt(i))) out += foldChar(quote[i]);
  }
  return out;
}

export function compactSegments(segments: readonly string[]): CompactText {
  let total = 0;
  for (const segment of segments) total += segment.length;
  const segmentOf = new Int32Array(total);
  const offsetOf = new Int32Array(total);
  const chars: string[] = [];
  for (let s = 0; s < segments.length; s++) {
    const text = segments[s];
    for (let i = 0; i < text.length; i++) {
      if (isSpace(text.charCodeAt(i))) continue;
      segmentOf[chars.length] = s;
      offsetOf[chars.length] = i;
      chars.push(foldChar(text[i]));
    }
  }
  return { text: chars.join(''), segment: segmentOf.subarray(0, chars.length), offset: offsetOf.subarray(0, chars.length) };
}

function spanAt(compact: CompactText, start: number, length: number): SegmentSpan {
  const last = start + length - 1;
  return {
    startSegment: compact.segment[start],
    startOffset: compact.offset[start],
    endSegment: compact.segment[last],
    endOffset: compact.offset[last] + 1,
  };
}

function occurrences(compact: CompactText, needle: string, limit: number): SegmentSpan[] {
  const spans: SegmentSpan[] = [];
  let from = 0;
  while (spans.length < limit) {
    const at = compact.text.indexOf(needle, from);
    if (at < 0) break;
    spans.push(spanAt(compact, at, needle.length));
    from = at + needle.length;
  }
  return spans;
}

/** Shortest prefix worth trusting when a quote was cut or rewrapped by the page. */
const MIN_PREFIX = 24;

/**
 * Where a quote appears in the segments: every occurrence of the whole quote (pages often print text
 * twice, once for screen readers), or failing that of its longest leading part that still appears.
 */
export function findQuoteSpans(compact: CompactText, quote: string, limit = 6): SegmentSpan[] {
  const needle = compactQuote(quote);
  if (!needle) return [];
  const whole = occurrences(compact, needle, limit);
  if (whole.length > 0 || needle.length <= MIN_PREFIX) return whole;
  let length = needle.length;
  while (length > MIN_PREFIX) {
    length = Math.max(MIN_PREFIX, Math.floor(length * 0.75));
    const partial = occurrences(compact, needle.slice(0, length), limit);
    if (partial.length > 0) return partial;
  }
  return [];
}
