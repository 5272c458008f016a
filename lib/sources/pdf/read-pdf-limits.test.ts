import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { CandidateDocument } from '../../model/candidate-document';
import { flateBombPdf } from '../../../tests/fixtures/pdf/flate-bomb';
import { documentChars } from '../cap-document-text';
import { loadPdfjsNode } from './pdfjs-node';
import { PdfReadError, readPdf } from './read-pdf';
import { readPdfPages } from './read-pdf-pages';

const TWO_PAGE = join(__dirname, '../../../tests/fixtures/pdf/ml-engineer-two-page.pdf');

async function failureOf(read: Promise<unknown>): Promise<PdfReadError> {
  const error = await read.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PdfReadError);
  return error as PdfReadError;
}

describe('readPdf within its limits', () => {
  it('reads the first 500,000 characters of a PDF that holds far more text, and says the rest was not read', async () => {
    const document = await readPdf(await flateBombPdf(20, 'text'));
    expect(document.sections.flatMap((s) => s.blocks)[0].text).toMatch(/^Deployed a PyTorch model on Kubernetes serving 2M requests a day\./);
    expect(documentChars(document)).toBeLessThanOrEqual(500_000);
    expect(document.incomplete).toEqual([{ message: 'Only the first 500,000 characters of text were screened; the file holds more, which was not read.' }]);
  });

  // Which limit ends it depends on how fast the machine inflates the stream against the memory watch;
  // both end with a message saying what happened, and neither reads 200 MB of text.
  it('ends a 200 MB flate bomb at the text cap or the memory or time limit, with a clear message', async () => {
    const outcome = await readPdf(await flateBombPdf(200, 'text')).catch((e: unknown) => e);
    if (outcome instanceof PdfReadError) {
      expect(['out-of-memory', 'timeout']).toContain(outcome.code);
      expect(outcome.message).toMatch(/needed too much memory and was stopped|took too long and was stopped/);
    } else {
      const document = outcome as CandidateDocument;
      expect(documentChars(document)).toBeLessThanOrEqual(500_000);
      expect(document.incomplete[0].message).toMatch(/^Only the first 500,000 characters of text were screened; the file holds more/);
    }
  }, 60_000);

  it('stops a read whose memory outgrows the limit, though pdf.js holds inflated streams outside the heap', async () => {
    const error = await failureOf(readPdf(await flateBombPdf(50, 'string'), { memoryMb: 64 }));
    expect(error).toMatchObject({ code: 'out-of-memory', message: expect.stringMatching(/too much memory.*\(limit 64 MB\)/) });
  }, 60_000);

  it('stops a read that outlasts the time limit while pdf.js is busy parsing', async () => {
    const error = await failureOf(readPdf(await flateBombPdf(50, 'blank'), { timeoutMs: 300 }));
    expect(error).toMatchObject({ code: 'timeout', message: expect.stringMatching(/took too long.*\(stopped after 0.3 s\)/) });
  }, 60_000);

  it('reads the next file normally after a read was stopped', async () => {
    await failureOf(readPdf(await flateBombPdf(50, 'blank'), { timeoutMs: 300 }));
    expect((await readPdf(new Uint8Array(readFileSync(TWO_PAGE)))).person.name).toBe('Tomas Albrecht');
  }, 60_000);
});

describe('readPdfPages with a shared pdf.js worker (the extension page)', () => {
  it('stops that worker when a read is cut at the text cap, since pdf.js would go on parsing the rest', async () => {
    const stopWorker = vi.fn();
    const read = await readPdfPages({ ...(await loadPdfjsNode()), stopWorker }, await flateBombPdf(2, 'text'), { maxChars: 1000 });
    expect(read.complete).toBe(false);
    expect(read.pages[0].items.map((item) => item.text).join('').length).toBeLessThanOrEqual(1000);
    expect(stopWorker).toHaveBeenCalledOnce();
  });

  it('leaves it running after a complete read', async () => {
    const stopWorker = vi.fn();
    const read = await readPdfPages({ ...(await loadPdfjsNode()), stopWorker }, new Uint8Array(readFileSync(TWO_PAGE)));
    expect(read.complete).toBe(true);
    expect(stopWorker).not.toHaveBeenCalled();
  });
});
