import type { CandidateDocument } from '../../model/candidate-document';
import { loadPdfjsNode } from './pdfjs-node';
import { readPdfWith, type ReadPdfOptions } from './read-pdf-with';

export { PdfReadError, type PdfReadErrorCode } from './pdf-read-error';
export type { ReadPdfOptions } from './read-pdf-with';

/** Reads a PDF resume in Node (CLI, tests, benchmarks). Throws a PdfReadError for unreadable files. */
export async function readPdf(bytes: Uint8Array, options: ReadPdfOptions = {}): Promise<CandidateDocument> {
  return readPdfWith(await loadPdfjsNode(), bytes, options);
}
