import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import type { PdfjsSetup } from './pdfjs-setup';

let setup: Promise<PdfjsSetup> | undefined;

/**
 * pdf.js for an extension page: the worker ships inside the extension (MV3 forbids remote code) and is
 * started once and shared, since starting one per file costs more than reading a resume. No font or
 * CMap data is fetched, so nothing leaves the browser.
 */
export function loadPdfjsBrowser(): Promise<PdfjsSetup> {
  setup ??= import('pdfjs-dist').then((pdfjs) => {
    pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
    return { pdfjs, documentOptions: { worker: new pdfjs.PDFWorker({ verbosity: pdfjs.VerbosityLevel.ERRORS }) } };
  });
  return setup;
}
