import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { blockOtherRequests, routeFixture } from './route-fixture';

// import.meta rather than __dirname: `npm run bench` loads this file as an ES module through tsx.
export const FIXTURES = fileURLToPath(new URL('../../fixtures', import.meta.url));
export const SCREENSHOTS = fileURLToPath(new URL('../../../test-results', import.meta.url));

export const LINKEDIN_A = { url: 'https://www.linkedin.com/in/ada-kowalczyk-ml/', file: `${FIXTURES}/linkedin/ml-engineer-profile.html` };
export const LINKEDIN_B = { url: 'https://www.linkedin.com/in/jonas-brandt-data/', file: `${FIXTURES}/linkedin/second-profile.html` };
export const LINKEDIN_MALICIOUS = { url: 'https://www.linkedin.com/in/eve-mallory-test/', file: `${FIXTURES}/linkedin/malicious-profile.html` };
export const LINKEDIN_DETAILS = {
  url: 'https://www.linkedin.com/in/ada-kowalczyk-ml/details/experience/',
  file: `${FIXTURES}/linkedin/details-experience.html`,
};
export const LINKEDIN_SPARSE = { url: 'https://www.linkedin.com/in/tomasz-wierzba-ml/', file: `${FIXTURES}/linkedin/sparse-profile.html` };
export const LINKEDIN_RECRUITER = { url: 'https://www.linkedin.com/talent/profile/AEMAAFixtureInes01', file: `${FIXTURES}/linkedin/recruiter-profile.html` };
export const LINKEDIN_FEED = { url: 'https://www.linkedin.com/feed/', file: `${FIXTURES}/linkedin/feed-page.html` };
export const GITHUB_USER = { url: 'https://github.com/msolberg-ml', file: `${FIXTURES}/github/ml-user-profile.html` };
export const GITHUB_REPO = { url: 'https://github.com/msolberg-ml/forecast-serving', file: `${FIXTURES}/github/ml-repo.html` };

export interface FixturePage {
  url: string;
  file: string;
}

export interface ServedFixtures {
  /** Every request that went anywhere but a fixture (all aborted). */
  blocked: string[];
  /** Blocked requests the fixture pages do not name themselves (their own images): the extension's, if any. */
  unexpected(): string[];
}

/**
 * Serves the given fixtures for their real URLs and aborts every other request. The pages' own
 * subresources (avatars on a CDN) are named in their HTML; any other request would be the extension's.
 */
export async function serveFixtures(context: BrowserContext, pages: readonly FixturePage[]): Promise<ServedFixtures> {
  const blocked = await blockOtherRequests(context);
  const html = pages.map((page) => readFileSync(page.file, 'utf8').replaceAll('&amp;', '&')).join('\n');
  for (const page of pages) {
    await routeFixture(context, page.url, page.file);
    // Same page with or without the trailing slash, as sites redirect both ways.
    const other = page.url.endsWith('/') ? page.url.slice(0, -1) : `${page.url}/`;
    await routeFixture(context, other, page.file);
  }
  return { blocked, unexpected: () => blocked.filter((url) => !html.includes(url)) };
}

/** The panel's host, as the test build marks it (components/shared/e2e-hook.ts); its shadow root is open there. */
export const PANEL_HOST = '[data-shipcheck-e2e]';

/** Everything the panel renders, reached through the test hook. */
export function panelRoot(page: Page): Locator {
  return page.locator(PANEL_HOST);
}

export function panel(page: Page): Locator {
  return panelRoot(page).locator('section[aria-label="Shipcheck screening"]');
}

export async function waitForReadyPanel(page: Page, timeout = 15_000): Promise<Locator> {
  const located = panelRoot(page).locator('section[aria-label="Shipcheck screening"][data-state="ready"]');
  await located.waitFor({ timeout });
  return located;
}

/** The page's highlight registry, read in the page's own world: name -> highlighted texts. */
export async function pageHighlights(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    CSS.highlights.forEach((highlight, name) => {
      out[name] = [...highlight].map((range) => range.toString());
    });
    return out;
  });
}

/** Whitespace-free, case-folded text, as the highlighter compares quotes with the page. */
export function compact(text: string): string {
  return text.replace(/\s+/g, '').toLowerCase();
}

/** Opens the details (checklist, tools, ...) unless a previous test left them open: the panel remembers. */
export async function expandDetails(panel: Locator): Promise<void> {
  const button = panel.locator('button.details-button');
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  await panel.getByRole('tablist').waitFor();
}
