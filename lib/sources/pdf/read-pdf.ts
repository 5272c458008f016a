import type { CandidateDocument } from '../../model/candidate-document';
import { readPdfInWorker, type PdfWorkerLimits } from './read-pdf-worker';
import type { ReadPdfOptions } from './read-pdf-with';

export { PdfReadError, type PdfReadErrorCode } from './pdf-read-error';
export { preparePdfWorker } from './read-pdf-worker';
export type { ReadPdfOptions } from './read-pdf-with';

/**
 * Reads a PDF resume in Node (CLI, tests, benchmarks), in a worker thread stopped at the time and memory
 * limits. Throws a PdfReadError for unreadable files.
 */
export function readPdf(bytes: Uint8Array, options: ReadPdfOptions & PdfWorkerLimits = {}): Promise<CandidateDocument> {
  return readPdfInWorker(bytes, options);
}
