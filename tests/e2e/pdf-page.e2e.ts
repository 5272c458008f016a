import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type LaunchedExtension } from './support/launch-extension';
import { FIXTURES, pageHighlights, SCREENSHOTS, serveFixtures, type ServedFixtures, waitForReadyPanel } from './support/panel-page';

describe('PDF page', () => {
  let extension: LaunchedExtension;
  let served: ServedFixtures;

  beforeAll(async () => {
    extension = await launchExtension();
    served = await serveFixtures(extension.context, []);
  });

  afterAll(async () => {
    await extension?.close();
  });

  const open = async () => {
    const page = await extension.context.newPage();
    await page.goto(`chrome-extension://${extension.extensionId}/pdf.html`);
    return page;
  };

  it('screens a PDF chosen from disk and highlights evidence in its text', async () => {
    const page = await open();
    await page.locator('[data-testid="pdf-input"]').setInputFiles(`${FIXTURES}/pdf/ml-engineer-two-page.pdf`);
    const panel = await waitForReadyPanel(page);
    expect(await panel.locator('[data-testid="verdict"]').count()).toBe(1);
    expect((await page.locator('[data-testid="resume-text"]').textContent())?.length).toBeGreaterThan(300);
    const toggle = panel.locator('[data-check] button.toggle').first();
    await toggle.click();
    await expect.poll(async () => Object.keys(await pageHighlights(page)).length).toBeGreaterThan(0);
    await page.screenshot({ path: `${SCREENSHOTS}/pdf-page.png`, fullPage: false });
    await page.close();
  });

  it('screens a two-column LinkedIn export', async () => {
    const page = await open();
    await page.locator('[data-testid="pdf-input"]').setInputFiles(`${FIXTURES}/pdf/linkedin-export-two-column.pdf`);
    await waitForReadyPanel(page);
    await page.close();
  });

  it.each([
    ['encrypted.pdf', /password/i],
    ['corrupt.pdf', /not a readable PDF/i],
  ])('explains why %s cannot be screened', async (file, message) => {
    const page = await open();
    await page.locator('[data-testid="pdf-input"]').setInputFiles(`${FIXTURES}/pdf/${file}`);
    const error = page.locator('[data-testid="pdf-error"]');
    await error.waitFor({ timeout: 20_000 });
    expect(await error.textContent()).toMatch(message);
    if (file === 'corrupt.pdf') await page.screenshot({ path: `${SCREENSHOTS}/pdf-page-error.png` });
    await page.close();
    expect(served.unexpected()).toEqual([]);
  });
});
