import { describe, expect, it } from 'vitest';
import { CandidateDocument } from '../../lib/model/candidate-document';
import { screenDocument } from '../../lib/screen/screen-document';
import { SCANNED_PDF_NOTE, scannedPdfDocument } from './scanned-pdf-document';

describe('scannedPdfDocument', () => {
  const document = scannedPdfDocument('ab12', { now: new Date('2026-01-01T00:00:00Z') });

  it('is a valid document that keeps the file identity and says why it holds no text', () => {
    expect(CandidateDocument.safeParse(document).success).toBe(true);
    expect(document.identity).toEqual({ kind: 'pdf', id: 'ab12' });
    expect(document.incomplete).toEqual([{ message: SCANNED_PDF_NOTE }]);
  });

  it('screens as Not enough evidence, carrying the note to the panel', () => {
    const screening = screenDocument(document);
    expect(screening.verdict).toBe('insufficient');
    expect(screening.incomplete[0].message).toBe(SCANNED_PDF_NOTE);
  });
});
