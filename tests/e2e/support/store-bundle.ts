import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/**
 * The store as the extension ships it (writes sent to the background, which carries them out), bundled
 * for evaluation in a real extension page (as `globalThis.shipcheckTest`) or in the service worker (where
 * it serves writes: a no-op when background.ts already does). The shipped pages keep their store to
 * themselves, and the fake browser cannot show how Chromium orders the calls or stops a worker.
 */
export async function storeBundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents: `
        import { browserCandidateStore, serveCandidateStoreWrites } from './lib/storage/browser-candidate-store';
        import { sampleDocument, sampleScreening } from './lib/storage/synthetic-candidates';
        if (typeof document === 'undefined') serveCandidateStoreWrites();
        else globalThis.shipcheckTest = { store: browserCandidateStore(), sampleDocument, sampleScreening };
      `,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    platform: 'browser',
  });
  return result.outputFiles[0].text;
}

export interface StoreTestGlobal {
  shipcheckTest: {
    store: import('../../../lib/storage/candidate-store').CandidateStore;
    sampleDocument: typeof import('../../../lib/storage/synthetic-candidates').sampleDocument;
    sampleScreening: typeof import('../../../lib/storage/synthetic-candidates').sampleScreening;
  };
}

/** Evaluated through the debugger protocol, which the extension page's CSP does not govern. */
export async function loadStoreInto(page: Page, code: string): Promise<void> {
  await page.evaluate(code);
}
