import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import type { PdfjsSetup } from './pdfjs-setup';

let setup: Promise<PdfjsSetup> | undefined;

/**
 * pdf.js for an extension page: the worker ships inside the extension (MV3 forbids remote code) and is
 * started once and shared, since starting one per file costs more than reading a resume. A read stopped
 * at a limit ends that worker; the next read starts a new one. No font or CMap data is fetched, so
 * nothing leaves the browser.
 */
export function loadPdfjsBrowser(): Promise<PdfjsSetup> {
  setup ??= import('pdfjs-dist').then((pdfjs) => {
    pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
    const worker = new pdfjs.PDFWorker({ verbosity: pdfjs.VerbosityLevel.ERRORS });
    const stopWorker = () => {
      setup = undefined;
      worker.destroy();
    };
    return { pdfjs, documentOptions: { worker }, stopWorker };
  });
  return setup;
}
