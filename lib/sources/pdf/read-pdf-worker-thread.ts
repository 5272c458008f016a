import { parentPort } from 'node:worker_threads';
import { PdfReadError } from './pdf-read-error';
import { loadPdfjsNode } from './pdfjs-node';
import { PDF_THREAD_READY, type PdfWorkerReply, type PdfWorkerRequest } from './read-pdf-worker-protocol';
import { readPdfWith } from './read-pdf-with';

const port = parentPort;
if (!port) throw new Error('read-pdf-worker-thread runs only as a worker thread');

const setup = loadPdfjsNode();
// The read's time limit starts once pdf.js is loaded: loading is start-up, not reading.
void setup.then(() => port.postMessage(PDF_THREAD_READY));

function failure(error: unknown): PdfWorkerReply {
  const pdfError = error instanceof PdfReadError ? error : new PdfReadError('corrupt', String(error).slice(0, 120));
  return { ok: false, code: pdfError.code, detail: pdfError.detail };
}

async function read({ bytes, options }: PdfWorkerRequest): Promise<PdfWorkerReply> {
  try {
    return { ok: true, document: await readPdfWith(await setup, bytes, options) };
  } catch (error) {
    return failure(error);
  }
}

port.on('message', (request: PdfWorkerRequest) => {
  void read(request).then((reply) => port.postMessage(reply));
});
