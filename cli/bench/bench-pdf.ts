import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { screenDocument } from '../../lib/screen/screen-document';
import { readPdf } from '../../lib/sources/pdf/read-pdf';
import { medianTime } from './median-time';

export const TWO_PAGE_PDF = fileURLToPath(new URL('../../tests/fixtures/pdf/ml-engineer-two-page.pdf', import.meta.url));

/** Read and screen a 2-page resume in Node, warm: pdf.js loads once per process, as in the CLI. */
export async function benchPdf(path = TWO_PAGE_PDF): Promise<{ file: string; medianMs: number }> {
  const bytes = new Uint8Array(await readFile(path));
  const medianMs = await medianTime(async () => screenDocument(await readPdf(bytes.slice())), 15);
  return { file: path, medianMs };
}
