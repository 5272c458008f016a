import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flateBombPdf } from '../fixtures/pdf/flate-bomb';
import { launchExtension, type LaunchedExtension } from './support/launch-extension';
import { FIXTURES, panelRoot, waitForReadyPanel } from './support/panel-page';

// Reading a bomb is bounded by the page's 15 s time limit and its 500,000-character text cap.
describe('PDF page on decompression bombs', () => {
  let extension: LaunchedExtension;
  const dir = mkdtempSync(join(tmpdir(), 'shipcheck-bomb-'));

  beforeAll(async () => {
    extension = await launchExtension();
  });

  afterAll(async () => {
    await extension?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const open = async () => {
    const page = await extension.context.newPage();
    await page.goto(`chrome-extension://${extension.extensionId}/pdf.html`);
    return page;
  };

  const bomb = async (kind: 'text' | 'string') => {
    const path = join(dir, `bomb-${kind}.pdf`);
    writeFileSync(path, await flateBombPdf(200, kind));
    return path;
  };

  it('screens the first 500,000 characters of a 200 MB text bomb and says the rest was not read', async () => {
    const page = await open();
    await page.locator('[data-testid="pdf-input"]').setInputFiles(await bomb('text'));
    const panel = await waitForReadyPanel(page, 40_000);
    expect(await panel.locator('[data-testid="incomplete-banner"]').textContent()).toContain(
      'Only the first 500,000 characters of text were screened; the file holds more, which was not read.',
    );
    await page.close();
  }, 60_000);

  // How far pdf.js gets through one endless string in 15 s depends on the machine: on a fast one it reaches the
  // end and finds no text (shown as Not enough evidence, no text layer), on a slow one the time limit stops it.
  // Either way the page says so within the limit and the next PDF reads normally.
  it('stops a 200 MB bomb that never yields text, at the time limit or as a PDF without text, then reads the next PDF', async () => {
    const page = await open();
    const started = Date.now();
    await page.locator('[data-testid="pdf-input"]').setInputFiles(await bomb('string'));
    const error = page.locator('[data-testid="pdf-error"]');
    const nothingToJudge = panelRoot(page).locator('[data-testid="verdict"]', { hasText: 'Not enough evidence' });
    await error.or(nothingToJudge).first().waitFor({ timeout: 40_000 });
    expect(Date.now() - started).toBeLessThan(30_000);
    if (await error.isVisible()) expect(await error.textContent()).toMatch(/took too long and was stopped/);
    else expect(await page.locator('body').innerText()).toContain('This PDF has no text layer');
    await page.locator('[data-testid="pdf-input"]').setInputFiles(`${FIXTURES}/pdf/ml-engineer-two-page.pdf`);
    await panelRoot(page)
      .locator('[data-testid="verdict"]', { hasText: /^(Strong|Potential|Not a fit)$/ })
      .waitFor({ timeout: 15_000 });
    await page.close();
  }, 90_000);
});
