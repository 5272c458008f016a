import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type LaunchedExtension } from './support/launch-extension';
import { LINKEDIN_A, LINKEDIN_B, panel, SCREENSHOTS, serveFixtures, type ServedFixtures, waitForReadyPanel } from './support/panel-page';

function bodyOf(file: string): string {
  const html = readFileSync(file, 'utf8');
  return html.slice(html.indexOf('<body'), html.lastIndexOf('</body>') + '</body>'.length).replace(/^<body[^>]*>/, '');
}

describe('navigating between profiles', () => {
  let extension: LaunchedExtension;
  let served: ServedFixtures;

  beforeAll(async () => {
    extension = await launchExtension();
    served = await serveFixtures(extension.context, [LINKEDIN_A, LINKEDIN_B]);
  });

  afterAll(async () => {
    await extension?.close();
  });

  it('replaces the result after an in-page (pushState) navigation and never shows the old one for the new URL', async () => {
    const page = await extension.context.newPage();
    await page.goto(LINKEDIN_A.url);
    const first = await waitForReadyPanel(page);
    await expect.poll(() => first.locator('.who-name').textContent()).toBe('Ada Kowalczyk');

    // As LinkedIn does: the address changes first, the new profile renders a moment later.
    await page.evaluate(() => history.pushState({}, '', '/in/jonas-brandt-data/'));
    await page.waitForTimeout(600);
    expect(await panel(page).getAttribute('data-state')).toBe('loading');
    expect(await panel(page).locator('.who-name').count()).toBe(0);

    await page.evaluate((body) => {
      document.body.innerHTML = body;
    }, bodyOf(LINKEDIN_B.file));
    const second = await waitForReadyPanel(page);
    await expect.poll(() => second.locator('.who-name').textContent()).toBe('Jonas Brandt');
    await page.screenshot({ path: `${SCREENSHOTS}/panel-linkedin-second-profile.png` });

    await page.goBack();
    // Back to Ada's URL while Jonas is still on screen: loading, then Ada only once the page shows her.
    await page.waitForTimeout(600);
    expect(await panel(page).locator('.who-name').count()).toBe(0);
    await page.evaluate((body) => {
      document.body.innerHTML = body;
    }, bodyOf(LINKEDIN_A.file));
    await expect.poll(() => waitForReadyPanel(page).then((ready) => ready.locator('.who-name').textContent())).toBe('Ada Kowalczyk');
    await page.close();
  });

  it('replaces the result after a full navigation', async () => {
    const page = await extension.context.newPage();
    await page.goto(LINKEDIN_A.url);
    await waitForReadyPanel(page);
    const firstVerdict = await panel(page).locator('[data-testid="verdict"]').getAttribute('data-verdict');
    await page.goto(LINKEDIN_B.url);
    const ready = await waitForReadyPanel(page);
    await expect.poll(() => ready.locator('.who-name').textContent()).toBe('Jonas Brandt');
    const secondVerdict = await ready.locator('[data-testid="verdict"]').getAttribute('data-verdict');
    expect(secondVerdict).not.toBe(firstVerdict);
    await page.close();
    expect(served.unexpected()).toEqual([]);
  });
});
