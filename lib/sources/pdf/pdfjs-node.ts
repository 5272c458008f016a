import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PdfjsSetup } from './pdfjs-setup';

let setup: Promise<PdfjsSetup> | undefined;

function pdfjsFolder(): string {
  return dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
}

/**
 * pdf.js for Node (CLI, tests, benchmarks). The standard build needs browser APIs Node 22 lacks
 * (Promise.try), so Node gets the legacy build, whose worker runs in-process. The minified files halve
 * the one-off cost of loading pdf.js in a fresh process.
 */
export function loadPdfjsNode(): Promise<PdfjsSetup> {
  setup ??= import('pdfjs-dist/legacy/build/pdf.min.mjs').then((pdfjs) => {
    const folder = pdfjsFolder();
    pdfjs.GlobalWorkerOptions.workerSrc = pathToFileURL(join(folder, 'legacy/build/pdf.worker.min.mjs')).href;
    return {
      pdfjs,
      documentOptions: {
        standardFontDataUrl: join(folder, 'standard_fonts') + '/',
        cMapUrl: join(folder, 'cmaps') + '/',
        cMapPacked: true,
      },
    };
  });
  return setup;
}
