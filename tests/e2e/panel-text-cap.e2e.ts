import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type LaunchedExtension } from './support/launch-extension';
import { LINKEDIN_A, serveFixtures, waitForReadyPanel } from './support/panel-page';

// The background screens at most 500,000 characters of a page, whatever the content script sends it.
describe('panel on a profile with more text than the engine screens', () => {
  let extension: LaunchedExtension;
  const dir = mkdtempSync(join(tmpdir(), 'shipcheck-long-'));

  beforeAll(async () => {
    extension = await launchExtension();
    const sentence = 'Currently at Northwind Logistics, where my models serve 40M predictions a day.';
    const filler = ' I write a weekly note for the team about what we learned.'.repeat(12_000);
    const file = join(dir, 'long-profile.html');
    writeFileSync(file, readFileSync(LINKEDIN_A.file, 'utf8').replaceAll(sentence, sentence + filler));
    await serveFixtures(extension.context, [{ url: LINKEDIN_A.url, file }]);
  });

  afterAll(async () => {
    await extension?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('screens the first part and says how much of the page was screened', async () => {
    const page = await extension.context.newPage();
    await page.goto(LINKEDIN_A.url);
    const panel = await waitForReadyPanel(page, 40_000);
    const banner = panel.locator('[data-testid="incomplete-banner"]');
    await banner.getByRole('button', { name: /more/ }).click();
    expect(await banner.textContent()).toMatch(/Only the first 500,000 of [\d,]+ characters of text were screened; the rest was not read\./);
    await page.close();
  }, 60_000);
});
