import type { PdfPage, PdfTextItem } from './pdf-text-item';

/** A text run for layout tests, with Helvetica-like width. */
export function run(text: string, x: number, y: number, fontSize = 10, bold = false): PdfTextItem {
  return { text, x, y, width: text.length * fontSize * 0.5, fontSize, bold };
}

export function page(items: PdfTextItem[], number = 1): PdfPage {
  return { number, width: 612, height: 792, items };
}

/** Lays lines top-down at a fixed leading; each entry is [text, x, size, bold, rightText]. */
export function sheet(lines: [string, number?, number?, boolean?, string?][], top = 760, leading = 14): PdfTextItem[] {
  const items: PdfTextItem[] = [];
  lines.forEach(([text, x = 50, size = 10, bold = false, right], i) => {
    const y = top - i * leading;
    items.push(run(text, x, y, size, bold));
    if (right) items.push(run(right, 470, y, size));
  });
  return items;
}
