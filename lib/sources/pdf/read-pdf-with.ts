import { CandidateDocument } from '../../model/candidate-document';
import { capDocumentText, MAX_SCREENED_CHARS } from '../cap-document-text';
import { documentOfPages } from './document-of-pages';
import { PdfReadError } from './pdf-read-error';
import type { PdfPage } from './pdf-text-item';
import type { PdfjsSetup } from './pdfjs-setup';
import { readPdfPages } from './read-pdf-pages';
import { sha256Hex } from './sha256-hex';

export interface ReadPdfOptions {
  fileName?: string;
  /** Where the PDF came from (the tab's URL), kept on the document. */
  url?: string;
  now?: Date;
  /** Upper bound for the whole read; a PdfReadError 'timeout' after it. */
  timeoutMs?: number;
  /** Characters of text to read; the document then says that the rest was not read. */
  maxChars?: number;
}

function textLength(pages: PdfPage[]): number {
  return pages.reduce((n, page) => n + page.items.reduce((m, item) => m + item.text.trim().length, 0), 0);
}

/** Reads a PDF resume with the given pdf.js into a validated CandidateDocument, or throws a PdfReadError. */
export async function readPdfWith(setup: PdfjsSetup, bytes: Uint8Array, options: ReadPdfOptions = {}): Promise<CandidateDocument> {
  const identity = { kind: 'pdf' as const, id: await sha256Hex(bytes) };
  const maxChars = options.maxChars ?? MAX_SCREENED_CHARS;
  const { pages, complete } = await readPdfPages(setup, bytes, { timeoutMs: options.timeoutMs, maxChars });
  if (textLength(pages) < 20) throw new PdfReadError('no-text-layer', options.fileName);
  const document = CandidateDocument.parse(documentOfPages(pages, { identity, url: options.url, now: options.now }));
  return complete ? document : capDocumentText(document, { maxChars, source: { chars: maxChars, exact: false } });
}
