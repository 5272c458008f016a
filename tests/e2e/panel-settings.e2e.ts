import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, launchExtension, pressShortcut, type LaunchedExtension } from './support/launch-extension';
import { LINKEDIN_A, panel, SCREENSHOTS, serveFixtures, waitForReadyPanel } from './support/panel-page';

// The extension APIs as seen inside the service worker, where these callbacks run.
declare const chrome: {
  sidePanel: { getPanelBehavior(): Promise<{ openPanelOnActionClick?: boolean }> };
  storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
};

describe('shortcut, toolbar button and options', () => {
  let extension: LaunchedExtension;

  beforeAll(async () => {
    extension = await launchExtension();
    await serveFixtures(extension.context, [LINKEDIN_A]);
  });

  afterAll(async () => {
    await extension?.close();
  });

  it('declares the shortcut and opens the side panel from the toolbar button', async () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.commands['toggle-panel'].suggested_key.default).toBe('Alt+Shift+S');
    const behavior = await extension.serviceWorker.evaluate(() => chrome.sidePanel.getPanelBehavior());
    expect(behavior.openPanelOnActionClick).toBe(true);
  });

  it('hides and shows the panel when the shortcut message arrives', async () => {
    const page = await extension.context.newPage();
    await page.goto(LINKEDIN_A.url);
    await waitForReadyPanel(page);
    await pressShortcut(extension);
    await expect.poll(() => panel(page).count()).toBe(0);
    await pressShortcut(extension);
    await waitForReadyPanel(page);
    // Opened from the keyboard, it takes the focus so the recruiter can go on with the keyboard.
    await expect.poll(() => page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.getAttribute('aria-label'))).toBe('Shipcheck screening');
    await page.close();
  });

  it('applies the role and the sites chosen on the options page', async () => {
    const options = await extension.context.newPage();
    await options.goto(`chrome-extension://${extension.extensionId}/options.html`);
    await options.getByLabel('Role preset').selectOption('research');
    await options.getByLabel('Must-have tools').fill('PyTorch, Kubernetes');
    await options.getByLabel('LinkedIn profiles').uncheck();
    await options.getByRole('button', { name: 'Save' }).click();
    await options.getByText('Saved.').waitFor();
    await options.screenshot({ path: `${SCREENSHOTS}/options-page.png`, fullPage: true });

    const page = await extension.context.newPage();
    await page.goto(LINKEDIN_A.url);
    await page.waitForTimeout(1500);
    expect(await panel(page).count()).toBe(0);
    await pressShortcut(extension);
    const ready = await waitForReadyPanel(page);
    await expect.poll(() => ready.locator('.role').textContent()).toMatch(/research scientist/i);
    await page.close();
    await options.close();
  });

  it('falls back to the defaults when the stored settings are corrupt', async () => {
    await extension.serviceWorker.evaluate(() => chrome.storage.local.set({ 'shipcheck:settings': '{not json', 'shipcheck:panel-state': [1] }));
    const page = await extension.context.newPage();
    await page.goto(LINKEDIN_A.url);
    const ready = await waitForReadyPanel(page);
    await expect.poll(() => ready.locator('.role').textContent()).toContain('ML engineer who ships');
    await page.close();
  });
});
