import { compactSegments, findQuoteSpans, type CompactText } from './compact-text';

// Text the reader never sees. <code> stays: GitHub READMEs quote inline code inside sentences.
const SKIPPED = 'script, style, noscript, template, textarea, svg';

/** The text nodes of a subtree in document order, leaving out scripts, styles and form fields. */
export function collectTextNodes(root: Node): Text[] {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || !node.nodeValue?.trim() || parent.closest(SKIPPED)) continue;
    nodes.push(node as Text);
  }
  return nodes;
}

export interface NodeSpan {
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
}

/** A searchable snapshot of a subtree's text that turns quotes back into DOM positions. */
export class PageText {
  private readonly nodes: Text[];
  private readonly compact: CompactText;

  constructor(private readonly root: Node) {
    this.nodes = collectTextNodes(root);
    this.compact = compactSegments(this.nodes.map((node) => node.nodeValue ?? ''));
  }

  /** False once the page replaced any of the text this snapshot points into. */
  isCurrent(): boolean {
    return this.nodes.every((node) => node.isConnected && this.root.contains(node));
  }

  spansFor(quote: string): NodeSpan[] {
    return findQuoteSpans(this.compact, quote).map((span) => ({
      startNode: this.nodes[span.startSegment],
      startOffset: span.startOffset,
      endNode: this.nodes[span.endSegment],
      endOffset: span.endOffset,
    }));
  }

  rangesFor(quote: string): Range[] {
    const doc = this.root.ownerDocument ?? (this.root as Document);
    return this.spansFor(quote).map((span) => {
      const range = doc.createRange();
      range.setStart(span.startNode, span.startOffset);
      range.setEnd(span.endNode, span.endOffset);
      return range;
    });
  }
}
