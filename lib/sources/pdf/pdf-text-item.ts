/** One run of text as pdf.js places it, in PDF user space (origin bottom-left, y grows upwards). */
export interface PdfTextItem {
  text: string;
  /** Left edge and baseline of the run. */
  x: number;
  y: number;
  width: number;
  fontSize: number;
  bold: boolean;
  /** The font's PostScript name when known ("ABCDEF+Roboto-Bold"). */
  fontName?: string;
}

export interface PdfPage {
  /** 1-based page number. */
  number: number;
  width: number;
  height: number;
  items: PdfTextItem[];
}
