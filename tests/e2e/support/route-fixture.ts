import { readFileSync } from 'node:fs';
import type { BrowserContext } from 'playwright-core';

/**
 * Serves a committed fixture page for a real site URL pattern, and refuses every other request to the
 * outside so that a test can never touch the network.
 */
export async function routeFixture(context: BrowserContext, urlPattern: string, fixturePath: string): Promise<void> {
  const body = readFileSync(fixturePath, 'utf8');
  await context.route(urlPattern, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
}

/**
 * Aborts every request to the outside and records it. Playwright runs the most recently registered
 * matching route first, so call this before `routeFixture` for the fixtures to take precedence.
 */
export async function blockOtherRequests(context: BrowserContext, seen: string[] = []): Promise<string[]> {
  await context.route(/^https?:\/\//, (route) => {
    seen.push(route.request().url());
    return route.abort();
  });
  return seen;
}
