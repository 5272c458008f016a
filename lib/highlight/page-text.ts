import { compactSegments, findQuoteSpans, type CompactText } from './compact-text';

const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SVG', 'CODE']);

/** The text nodes of a subtree in document order, leaving out code, styles and scripts. */
export function collectTextNodes(root: Node): Text[] {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      const parent = node.parentElement;
      if (!parent || SKIPPED_TAGS.has(parent.tagName.toUpperCase())) return NodeFilter.FILTER_REJECT;
      return node.nodeValue && node.nodeValue.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT;
    },
  });
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/** A searchable snapshot of a subtree's text that turns quotes back into DOM ranges. */
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

  rangesFor(quote: string): Range[] {
    const doc = this.root.ownerDocument ?? (this.root as Document);
    return findQuoteSpans(this.compact, quote).map((span) => {
      const range = doc.createRange();
      range.setStart(this.nodes[span.startSegment], span.startOffset);
      range.setEnd(this.nodes[span.endSegment], span.endOffset);
      return range;
    });
  }
}
