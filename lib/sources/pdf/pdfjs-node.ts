import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PdfjsSetup } from './pdfjs-setup';

let setup: Promise<PdfjsSetup> | undefined;

function pdfjsFolder(): string {
  return dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
}

/**
 * pdf.js for Node (CLI, tests, benchmarks). The standard build needs browser APIs Node 22 lacks
 * (Promise.try), so Node gets the legacy build; it runs its worker in-process.
 */
export function loadPdfjsNode(): Promise<PdfjsSetup> {
  setup ??= import('pdfjs-dist/legacy/build/pdf.mjs').then((pdfjs) => {
    const folder = pdfjsFolder();
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
