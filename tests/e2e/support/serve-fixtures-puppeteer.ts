import { readFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import type { FixturePage } from './panel-page';

export interface FixtureResponse {
  url: string;
  file: string;
  contentType?: string;
}

/**
 * Puppeteer's counterpart of `serveFixtures` (Playwright): answers each fixture's real URL (with or without
 * its trailing slash) from the committed file and aborts every other request from the page, so that a
 * test never touches the network. Returns the aborted URLs.
 */
export async function serveFixturesToPage(page: Page, fixtures: readonly (FixturePage | FixtureResponse)[]): Promise<string[]> {
  const blocked: string[] = [];
  const bodies = new Map<string, { body: Buffer; contentType: string }>();
  for (const fixture of fixtures) {
    const response = { body: readFileSync(fixture.file), contentType: ('contentType' in fixture && fixture.contentType) || 'text/html; charset=utf-8' };
    bodies.set(fixture.url.replace(/\/$/, ''), response);
  }
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (!/^https?:/.test(request.url())) return void request.continue();
    const served = bodies.get(request.url().replace(/\/$/, ''));
    if (served) return void request.respond({ status: 200, contentType: served.contentType, body: served.body });
    blocked.push(request.url());
    return void request.abort();
  });
  return blocked;
}
