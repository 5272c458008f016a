// Rendered-text approximation over any DOM (the real one or linkedom): no layout, no innerText, no globals.

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IMG', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'IFRAME', 'OBJECT', 'CANVAS']);
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);

/** An element that starts a line of its own when rendered (div, p, li, h2...). */
export function isBlockElement(el: Element): boolean {
  return BLOCKS.has(el.tagName.toUpperCase());
}

const INLINE = new Set(['A', 'ABBR', 'B', 'BR', 'EM', 'I', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'WBR']);
const ELEMENT_NODE = 1;

/** A string-holding element: only text and one level of inline markup. Only such siblings are compared as copies. */
function isFlat(el: Element): boolean {
  for (const child of Array.from(el.children)) if (!INLINE.has(child.tagName.toUpperCase()) || child.children.length > 0) return false;
  return true;
}
const TEXT_NODE = 3;

/** Collapses runs of whitespace (including no-break spaces) and trims. */
export function cleanText(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/**
 * Compares the two copies LinkedIn prints of one string. They differ in spacing (line breaks become spaces)
 * and the screen-reader copy says "to" where the visible one says "-".
 */
function sameCopy(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > Math.max(16, 0.2 * Math.max(a.length, b.length))) return false;
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/ to /g, ' - ')
      .replace(/[\s\u00a0]+/g, '');
  return norm(a) === norm(b);
}

/** Controls, media, scripts, and anything hidden from view (LinkedIn's embedded API JSON sits in hidden <code>). */
function isSkipped(el: Element): boolean {
  if (SKIPPED.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute('hidden')) return true;
  return /display\s*:\s*none/i.test(el.getAttribute('style') ?? '') || /^(datalet-)?bpr-guid-/.test(el.getAttribute('id') ?? '');
}

/**
 * The child nodes that carry text once. LinkedIn prints each string twice, a visible aria-hidden="true" copy
 * and a visually-hidden one: of two adjacent sibling elements with the same text, one is dropped (the
 * non-aria-hidden one when the hook is there, the second one otherwise) and the kept one is a line of its own.
 */
function childrenWithoutCopies(el: Element): { child: ChildNode; pairKept: boolean }[] {
  const nodes = Array.from(el.childNodes);
  const dropped = new Set<ChildNode>();
  const kept = new Set<ChildNode>();
  let previous: Element | undefined;
  for (const node of nodes) {
    if (node.nodeType !== ELEMENT_NODE) continue;
    const current = node as Element;
    if (previous && !dropped.has(previous) && previous.tagName === current.tagName && isFlat(previous) && isFlat(current)) {
      const a = previous.textContent ?? '';
      const b = current.textContent ?? '';
      if (a.trim() && sameCopy(a, b)) {
        const keepPrevious = current.getAttribute('aria-hidden') !== 'true' || previous.getAttribute('aria-hidden') === 'true';
        dropped.add(keepPrevious ? current : previous);
        kept.add(keepPrevious ? previous : current);
      }
    }
    previous = current;
  }
  return nodes.filter((n) => !dropped.has(n)).map((child) => ({ child, pairKept: kept.has(child) }));
}

/**
 * Splits an element's text into the lines a reader would see: block elements and <br> break lines, a kept
 * visible/hidden pair is one line of its own, controls and non-content elements are skipped.
 * `stop` lets a caller leave out nested parts (another entity, a sub-list).
 */
export function textLines(root: Element, stop?: (el: Element) => boolean): string[] {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const line = cleanText(current);
    if (line) lines.push(line);
    current = '';
  };
  const walk = (el: Element) => {
    for (const { child, pairKept } of childrenWithoutCopies(el)) {
      if (child.nodeType === TEXT_NODE) {
        current += child.textContent ?? '';
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const element = child as Element;
      if (isSkipped(element) || (stop && stop(element))) continue;
      const tag = element.tagName.toUpperCase();
      const block = pairKept || BLOCKS.has(tag);
      if (tag === 'BR') {
        flush();
        continue;
      }
      if (block) flush();
      walk(element);
      if (block) flush();
    }
  };
  walk(root);
  flush();
  return dedupeAdjacent(lines);
}

/** Drops a line that repeats the one before it (doubled strings when the aria-hidden hook is gone). */
function dedupeAdjacent(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) if (out.length === 0 || !sameCopy(out[out.length - 1], line)) out.push(line);
  return out;
}
