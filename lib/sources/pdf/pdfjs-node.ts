import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PdfjsSetup } from './pdfjs-setup';

let setup: Promise<PdfjsSetup> | undefined;

async function loadSetup(): Promise<PdfjsSetup> {
  const folder = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const workerSrc = pathToFileURL(join(folder, 'legacy/build/pdf.worker.min.mjs')).href;
  // Loading the in-process worker alongside the API, rather than on the first document, overlaps the two.
  const [pdfjs] = await Promise.all([import('pdfjs-dist/legacy/build/pdf.min.mjs'), import(/* @vite-ignore */ workerSrc)]);
  pdfjs.GlobalWorkerOptions.workerSrc = workerSrc;
  return {
    pdfjs,
    documentOptions: {
      standardFontDataUrl: join(folder, 'standard_fonts') + '/',
      cMapUrl: join(folder, 'cmaps') + '/',
      cMapPacked: true,
    },
  };
}

/**
 * pdf.js for Node (CLI, tests, benchmarks). The standard build needs browser APIs Node 22 lacks
 * (Promise.try), so Node gets the legacy build, whose worker runs in-process. The minified files halve
 * the one-off cost of loading pdf.js in a fresh process.
 */
export function loadPdfjsNode(): Promise<PdfjsSetup> {
  setup ??= loadSetup();
  return setup;
}
