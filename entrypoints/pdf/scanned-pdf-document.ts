import type { CandidateDocument } from '../../lib/model/candidate-document';

export const SCANNED_PDF_NOTE = 'This PDF has no text layer: its pages are pictures of text (a scan), which cannot be read here.';

/**
 * A scanned PDF as a document with no text and a note saying why, so that it is screened into the
 * "Not enough evidence" state (with what to do next) rather than shown as a failure.
 */
export function scannedPdfDocument(identityHash: string, options: { url?: string; now?: Date } = {}): CandidateDocument {
  return {
    source: 'pdf',
    url: options.url,
    capturedAt: (options.now ?? new Date()).toISOString(),
    identity: { kind: 'pdf', id: identityHash },
    person: { links: [] },
    sections: [],
    incomplete: [{ message: SCANNED_PDF_NOTE }],
    warnings: [],
  };
}
