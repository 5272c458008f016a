import type { CandidateDocument } from '../../model/candidate-document';
import { loadPdfjsBrowser } from './pdfjs-browser';
import { readPdfWith, type ReadPdfOptions } from './read-pdf-with';

export { PdfReadError, type PdfReadErrorCode } from './pdf-read-error';
export type { ReadPdfOptions } from './read-pdf-with';

/** Reads a PDF resume in an extension page, with pdf.js's worker bundled in the extension. */
export async function readPdf(bytes: Uint8Array, options: ReadPdfOptions = {}): Promise<CandidateDocument> {
  return readPdfWith(await loadPdfjsBrowser(), bytes, options);
}
