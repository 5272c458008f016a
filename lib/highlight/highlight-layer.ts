import type { EvidenceKind } from '../model/evidence';
import { CURRENT_HIGHLIGHT, EVIDENCE_KINDS, highlightName, highlightStyleSheetText } from './highlight-kinds';
import { PageText } from './page-text';

export interface HighlightTarget {
  kind: EvidenceKind;
  quote: string;
}

export interface HighlightSummary {
  /** Quotes found in the page. */
  found: number;
  /** Quotes that could not be found (the page shows them differently or not at all). */
  missing: number;
  /** Visible places to step through with next/previous. */
  stops: number;
}

export interface StepPosition {
  index: number;
  total: number;
}

function isVisible(range: Range): boolean {
  const rect = range.getBoundingClientRect();
  return rect.width > 2 && rect.height > 2;
}

/**
 * Whether a range still covers page text. Live ranges survive their text being removed by collapsing
 * onto the parent element, so "connected" is not enough: a quote range is never legitimately empty.
 */
function coversText(range: Range): boolean {
  return !range.collapsed && range.startContainer.nodeType === 3 && range.startContainer.isConnected;
}

function byDocumentOrder(a: Range, b: Range): number {
  return a.compareBoundaryPoints(Range.START_TO_START, b);
}

function supportsHighlights(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/**
 * Paints evidence quotes over a page's own text with the CSS Custom Highlight API: ranges only, so
 * the page's DOM is never changed. The colour rules live in a constructed stylesheet adopted by the
 * document, so no <style> element or extension URL is written into the page.
 */
export class HighlightLayer {
  private pageText: PageText | undefined;
  private readonly rangeCache = new Map<string, Range[]>();
  private stops: Range[] = [];
  private shown: readonly HighlightTarget[] = [];
  private painted: Range[] = [];
  private current = -1;
  private readonly sheet: CSSStyleSheet;

  constructor(
    private readonly root: Node,
    private readonly doc: Document = root.ownerDocument ?? (root as Document),
  ) {
    this.sheet = new CSSStyleSheet();
    this.sheet.replaceSync(highlightStyleSheetText());
  }

  show(targets: readonly HighlightTarget[]): HighlightSummary {
    if (!supportsHighlights()) return { found: 0, missing: targets.length, stops: 0 };
    this.adoptStyleSheet();
    this.shown = targets;
    const byKind = new Map<EvidenceKind, Range[]>();
    const all: Range[] = [];
    let found = 0;
    let missing = 0;
    const seen = new Set<string>();
    // Whether the page replaced its text is checked once per paint, and only if a quote is not cached.
    let pageText: PageText | undefined;
    const currentPageText = () => (pageText ??= this.currentPageText());
    for (const target of targets) {
      const key = `${target.kind}\u0000${target.quote}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const ranges = this.rangesFor(target.quote, currentPageText);
      if (ranges.length === 0) {
        missing++;
        continue;
      }
      found++;
      const list = byKind.get(target.kind) ?? [];
      list.push(...ranges);
      byKind.set(target.kind, list);
      all.push(...ranges);
    }
    for (const kind of EVIDENCE_KINDS) {
      const ranges = byKind.get(kind);
      if (ranges?.length) CSS.highlights.set(highlightName(kind), new Highlight(...ranges));
      else CSS.highlights.delete(highlightName(kind));
    }
    CSS.highlights.delete(CURRENT_HIGHLIGHT);
    this.painted = all;
    this.stops = uniqueRanges(all.filter(isVisible)).sort(byDocumentOrder);
    this.current = -1;
    return { found, missing, stops: this.stops.length };
  }

  /**
   * Paints the same quotes again when the page replaced text under them (a single-page app
   * re-rendering a section): ranges over detached nodes would silently show nothing.
   */
  refresh(): void {
    if (this.shown.length === 0 || this.painted.every(coversText)) return;
    this.show(this.shown);
  }

  /** Scrolls to the next (1) or previous (-1) highlighted sentence and marks it as current. */
  step(direction: 1 | -1): StepPosition | undefined {
    if (this.stops.length === 0 || !supportsHighlights()) return undefined;
    this.current = (this.current + direction + this.stops.length) % this.stops.length;
    const range = this.stops[this.current];
    const current = new Highlight(range);
    current.priority = 10;
    CSS.highlights.set(CURRENT_HIGHLIGHT, current);
    const element = range.startContainer.parentElement;
    element?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    return { index: this.current, total: this.stops.length };
  }

  clear(): void {
    if (!supportsHighlights()) return;
    for (const kind of EVIDENCE_KINDS) CSS.highlights.delete(highlightName(kind));
    CSS.highlights.delete(CURRENT_HIGHLIGHT);
    this.shown = [];
    this.painted = [];
    this.stops = [];
    this.current = -1;
  }

  /** Forgets the page text, after a navigation or when the page re-rendered. */
  reset(): void {
    this.clear();
    this.pageText = undefined;
    this.rangeCache.clear();
  }

  dispose(): void {
    this.reset();
    this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((sheet) => sheet !== this.sheet);
  }

  private rangesFor(quote: string, currentPageText: () => PageText): Range[] {
    const cached = this.rangeCache.get(quote);
    if (cached && cached.every(coversText)) return cached;
    const ranges = currentPageText().rangesFor(quote);
    this.rangeCache.set(quote, ranges);
    return ranges;
  }

  /** The text snapshot, taken again (with the cached ranges dropped) once the page replaced its text. */
  private currentPageText(): PageText {
    if (!this.pageText || !this.pageText.isCurrent()) {
      this.pageText = new PageText(this.root);
      this.rangeCache.clear();
    }
    return this.pageText;
  }

  /** Pages may replace `adoptedStyleSheets` wholesale, so the sheet is re-adopted on every use. */
  private adoptStyleSheet(): void {
    if (!this.doc.adoptedStyleSheets.includes(this.sheet)) {
      this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, this.sheet];
    }
  }
}

function uniqueRanges(ranges: Range[]): Range[] {
  const unique: Range[] = [];
  for (const range of ranges) {
    if (!unique.some((other) => sameRange(other, range))) unique.push(range);
  }
  return unique;
}

function sameRange(a: Range, b: Range): boolean {
  return a.startContainer === b.startContainer && a.startOffset === b.startOffset && a.endContainer === b.endContainer && a.endOffset === b.endOffset;
}
