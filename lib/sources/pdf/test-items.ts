import type { PdfPage, PdfTextItem } from './pdf-text-item';

/** A text run for layout tests, with Helvetica-like width. */
export function run(text: string, x: number, y: number, fontSize = 10, bold = false): PdfTextItem {
  return { text, x, y, width: text.length * fontSize * 0.5, fontSize, bold };
}

export function page(items: PdfTextItem[], number = 1): PdfPage {
  return { number, width: 612, height: 792, items };
}
