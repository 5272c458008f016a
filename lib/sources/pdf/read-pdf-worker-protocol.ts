import type { CandidateDocument } from '../../model/candidate-document';
import type { PdfReadErrorCode } from './pdf-read-error';
import type { ReadPdfOptions } from './read-pdf-with';

/** Messages between the Node process and its PDF reading thread. */
export interface PdfWorkerRequest {
  bytes: Uint8Array;
  options: ReadPdfOptions;
}

export type PdfWorkerReply = { ok: true; document: CandidateDocument } | { ok: false; code: PdfReadErrorCode; detail?: string };

/** The thread's first message: pdf.js is loaded and the thread takes files. */
export const PDF_THREAD_READY = 'ready';
