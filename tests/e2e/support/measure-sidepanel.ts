import type { Page, Worker } from 'playwright-core';
import { trimSnapshot } from '../../../lib/storage/screening-snapshot';
import { syntheticCandidate } from '../../../lib/storage/synthetic-candidates';
import { candidateKey, snapshotKey } from '../../../lib/storage/storage-area';
import { launchExtension } from './launch-extension';
import { median } from '../../../cli/bench/median-time';

declare global {
  interface Window {
    __firstRowsAt?: number;
  }
}

// The extension's own API, as seen from its service worker (these functions run there, not in Node).
declare const chrome: {
  storage: { local: { get(keys: null): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } };
};

export function sidePanelUrl(extensionId: string): string {
  return `chrome-extension://${extensionId}/sidepanel.html`;
}

/** Reads the extension's storage.local (everything) through its service worker. */
export async function storageGet(worker: Worker): Promise<Record<string, unknown>> {
  return (await worker.evaluate(() => chrome.storage.local.get(null))) as Record<string, unknown>;
}

export async function storageSet(worker: Worker, items: Record<string, unknown>): Promise<void> {
  await worker.evaluate((batch: Record<string, unknown>) => chrome.storage.local.set(batch), items);
}

/**
 * Writes `count` invented candidates (record + snapshot each) through the extension's own storage API.
 * Snapshots keep no quotes so that 5,000 fit in storage.local's 10 MB without unlimitedStorage; the list
 * never reads snapshots, so their size does not change what is measured.
 */
export async function seedCandidates(worker: Worker, count: number, chunk = 500): Promise<void> {
  for (let start = 0; start < count; start += chunk) {
    const items: Record<string, unknown> = {};
    for (let n = start; n < Math.min(count, start + chunk); n++) {
      const { record, snapshot } = syntheticCandidate(n);
      items[candidateKey(record.key)] = record;
      items[snapshotKey(record.key)] = trimSnapshot(snapshot, 'none');
    }
    await storageSet(worker, items);
  }
}

/** Runs in the side panel before its scripts: the time since navigation start at which rows first show. */
function recordFirstRows(): void {
  const check = () => {
    if (window.__firstRowsAt === undefined && document.querySelector('[data-testid="candidate-row"]')) window.__firstRowsAt = performance.now();
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true });
}

/** Types `text` into the search box in the page and resolves with the ms until the filtered list is painted. */
function timeFilter(text: string): Promise<number> {
  const input = document.querySelector<HTMLInputElement>('[data-testid="candidate-search"]')!;
  const count = document.querySelector('[data-testid="candidate-count"]')!;
  const before = count.textContent;
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  return new Promise((resolve, reject) => {
    const started = performance.now();
    setTimeout(() => reject(new Error(`search "${text}" did not change the count "${before}"`)), 5000);
    const done = () => requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - started), 0));
    const observer = new MutationObserver(() => {
      if (count.textContent === before) return;
      observer.disconnect();
      done();
    });
    observer.observe(count, { subtree: true, childList: true, characterData: true });
    setValue.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function fullyLoaded(page: Page, candidates: number): Promise<void> {
  await page.waitForFunction((n) => document.querySelector('[data-testid="candidate-count"]')?.textContent?.endsWith(`of ${n}`), candidates, {
    timeout: 60_000,
  });
}

// Searches alternate with clearing the box, so the number shown changes each time and every measurement
// waits for a real re-render: a search over all 5,000, then back to all of them.
const SEARCHES = ['pytorch', '', 'ada', '', 'kubernetes serving', '', 'referral', '', 'zzz-no-match', ''];

/**
 * The side panel with `candidates` saved (5,000 by default), in Chromium with the built extension (run
 * `npx wxt build` first): the first screen of rows after a load, and a search applied, as medians.
 */
export async function measureSidePanel(
  options: { candidates?: number; runs?: number } = {},
): Promise<{ firstRenderMedianMs: number; filterMedianMs: number; candidates: number; firstRenderRuns: number[]; filterRuns: number[] }> {
  const candidates = options.candidates ?? 5000;
  const runs = options.runs ?? 7;
  const extension = await launchExtension();
  try {
    // Seeded from the service worker: an open side panel would re-read every record as it is written.
    await seedCandidates(extension.serviceWorker, candidates);
    const page = await extension.context.newPage();
    await page.setViewportSize({ width: 420, height: 900 });
    // tsx (the bench) compiles functions with esbuild's `__name` helper; Playwright sends their source to
    // the page, where the helper must exist. An init script is injected past the page's CSP.
    await page.addInitScript('globalThis.__name ??= (fn) => fn;');
    await page.addInitScript(recordFirstRows);
    await page.goto(sidePanelUrl(extension.extensionId));
    // The first opening reads every record and fills the recent-candidates cache, as a real first use would.
    await fullyLoaded(page, candidates);
    const firstRenderRuns: number[] = [];
    for (let run = 0; run <= runs; run++) {
      await page.reload();
      const at = await page.waitForFunction(() => window.__firstRowsAt, undefined, { timeout: 30_000 });
      // The first reload warms the code cache; a recruiter opens the panel many times a day.
      if (run > 0) firstRenderRuns.push(Math.round(((await at.jsonValue()) as number) * 10) / 10);
      // Storage answers in order: let this opening finish reading before the next one starts.
      await fullyLoaded(page, candidates);
    }
    // A recruiter searches a moment after the list is shown, not in the same millisecond.
    await page.waitForTimeout(500);
    const total = await page.locator('[data-testid="candidate-count"]').textContent();
    if (!total?.endsWith(`of ${candidates}`)) throw new Error(`side panel shows "${total}", expected ${candidates} candidates`);
    const filterRuns: number[] = [];
    for (const text of SEARCHES) filterRuns.push(Math.round((await page.evaluate(timeFilter, text)) * 10) / 10);
    return { firstRenderMedianMs: median(firstRenderRuns), filterMedianMs: median(filterRuns), candidates, firstRenderRuns, filterRuns };
  } finally {
    await extension.close();
  }
}
