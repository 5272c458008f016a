import { launchExtension } from './launch-extension';
import { LINKEDIN_A, serveFixtures, type FixturePage } from './panel-page';
import { median } from '../../../cli/bench/median-time';

/**
 * Runs in the page's own world before any page script: records the time, since navigation start,
 * at which the panel (found through the test build's hook, see panel-page.ts) reaches data-state="ready". Observers, not polling, so the figure is
 * not rounded to a frame. A string, because compiled functions can carry helpers (esbuild's __name)
 * that do not exist in the page.
 */
export const RECORD_PANEL_FILLED_TIME = `(() => {
  const watchShadow = (root) => {
    const check = () => {
      if (window.__panelFilledAt === undefined && root.querySelector('[data-state="ready"]')) window.__panelFilledAt = performance.now();
    };
    new MutationObserver(check).observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
    check();
  };
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof Element && node.hasAttribute('data-shipcheck-e2e') && node.shadowRoot) watchShadow(node.shadowRoot);
      }
    }
  }).observe(document, { childList: true, subtree: true });
})();`;

export interface PanelLatency {
  /** Median time from navigation start to the filled panel: the figure the 500 ms budget is about. */
  medianMs: number;
  runs: number[];
  /** The same, counted from the first byte of the page: without the test harness's request routing. */
  medianFromResponseMs: number;
}

/**
 * Page load -> filled panel on the LinkedIn fixture, in Chromium with the built extension (run
 * `npx wxt build` first). The first load warms the service worker and is not counted.
 */
export async function measurePanelLatency(options: { runs?: number; fixture?: FixturePage } = {}): Promise<PanelLatency> {
  const runs = options.runs ?? 7;
  const fixture = options.fixture ?? LINKEDIN_A;
  const extension = await launchExtension();
  try {
    await serveFixtures(extension.context, [fixture]);
    const page = await extension.context.newPage();
    await page.addInitScript({ content: RECORD_PANEL_FILLED_TIME });
    const times: number[] = [];
    const fromResponse: number[] = [];
    for (let run = 0; run <= runs; run++) {
      await page.goto(fixture.url);
      await page.waitForFunction(() => (window as { __panelFilledAt?: number }).__panelFilledAt, undefined, { timeout: 15_000 });
      const { filledAt, responseStart } = await page.evaluate(() => ({
        filledAt: (window as { __panelFilledAt?: number }).__panelFilledAt ?? NaN,
        responseStart: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).responseStart,
      }));
      if (run === 0) continue;
      times.push(Math.round(filledAt * 10) / 10);
      fromResponse.push(Math.round((filledAt - responseStart) * 10) / 10);
    }
    return { medianMs: median(times), runs: times, medianFromResponseMs: median(fromResponse) };
  } finally {
    await extension.close();
  }
}
