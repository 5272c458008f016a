import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type LaunchedFirefox } from './support/launch-firefox';
import { FIXTURES, LINKEDIN_A } from './support/panel-page';
import { serveFixturesToPage } from './support/serve-fixtures-puppeteer';

const READY_PANEL = '>>> section[aria-label="Shipcheck screening"][data-state="ready"]';
const PDF_TAB = { url: 'https://files.example.org/cv/tomas-albrecht.pdf', file: `${FIXTURES}/pdf/ml-engineer-two-page.pdf`, contentType: 'application/pdf' };

/** Firefox's id for an add-on's widgets (toolbar button, sidebar, shortcut keys), as its UI code makes it. */
function widgetId(addonId: string): string {
  return addonId.toLowerCase().replace(/[^a-z0-9_-]/g, '_');
}

async function panelShown(page: Page): Promise<boolean> {
  return (await page.$(READY_PANEL)) !== null;
}

/** The shortcut (Alt+Shift+S), sent through Firefox's own key binding for the extension's command. */
function pressShortcut(firefox: LaunchedFirefox): Promise<unknown> {
  const widget = widgetId(firefox.addonId);
  return firefox.inBrowserWindow(`document.getElementById('ext-keyset-id-${widget}').querySelector('key[key="S"][modifiers="alt,shift"]').doCommand()`);
}

// The Firefox test build (`npm run build:e2e`) differs from the release zip only by the open, marked panel root
// (components/shared/e2e-hook.ts; release-zips.e2e.ts checks the zip carries no such hook).
describe('Firefox ESR with the Firefox test build', () => {
  let firefox: LaunchedFirefox;
  let widget: string;
  let linkedin: Page;

  const sidebar = () =>
    firefox.inBrowserWindow<{ open: boolean; id: string; url?: string }>(
      `({ open: SidebarController.isOpen, id: SidebarController.currentID,
          url: document.getElementById('sidebar').contentDocument?.getElementById('webext-panels-browser')?.currentURI.spec })`,
    );

  beforeAll(async () => {
    firefox = await launchFirefox();
    widget = widgetId(firefox.addonId);
    linkedin = await firefox.browser.newPage();
    await serveFixturesToPage(linkedin, [LINKEDIN_A]);
    await linkedin.goto(LINKEDIN_A.url);
  });

  afterAll(async () => {
    await firefox?.close();
  });

  it('screens a LinkedIn profile in the page and saves the candidate', async () => {
    const panel = await linkedin.waitForSelector(READY_PANEL, { timeout: 20_000 });
    const verdict = await panel!.$eval('[data-testid="verdict"]', (element) => element.getAttribute('data-verdict'));
    expect(['strong', 'potential']).toContain(verdict);
    expect(await panel!.$eval('.who-name', (element) => element.textContent)).toBe('Ada Kowalczyk');

    // A real click: the panel's controls ignore clicks a script makes (components/shared/accept-only-user-events.ts).
    await (await panel!.$('[data-testid="shipcheck-save"]'))!.click();
    await linkedin.waitForSelector('>>> [data-testid="shipcheck-saved-state"]::-p-text(✓ Saved)', { timeout: 10_000 });
  });

  it('hides and shows the panel with the shortcut', async () => {
    await linkedin.bringToFront();
    await pressShortcut(firefox);
    await expect.poll(() => panelShown(linkedin), { timeout: 10_000 }).toBe(false);
    await pressShortcut(firefox);
    await expect.poll(() => panelShown(linkedin), { timeout: 10_000 }).toBe(true);
  });

  it('opens the saved-candidate list in the sidebar from the toolbar button', async () => {
    await firefox.inBrowserWindow('SidebarController.hide()');
    expect((await sidebar()).open).toBe(false);
    await firefox.inBrowserWindow(`document.getElementById('${widget}-BAP').click()`);
    await expect.poll(sidebar, { timeout: 10_000 }).toEqual({ open: true, id: `${widget}-sidebar-action`, url: firefox.extensionUrl('/sidepanel.html') });
  });

  it('lists the saved candidate on the sidebar page', async () => {
    const list = await firefox.openExtensionPage('/sidepanel.html');
    await list.waitForFunction(
      () => [...document.querySelectorAll('[data-testid="candidate-row"]')].some((row) => row.textContent?.includes('Ada Kowalczyk')),
      { timeout: 15_000 },
    );
    await list.close();
  });

  it('opens the PDF page from the shortcut on a PDF tab, asks for that site only, and screens the PDF', async () => {
    const pdfTab = await firefox.browser.newPage();
    await serveFixturesToPage(pdfTab, [PDF_TAB]);
    await pdfTab.goto(PDF_TAB.url);
    await pdfTab.bringToFront();
    await pressShortcut(firefox);
    const pdfPage = await firefox.waitForExtensionPage(`/pdf.html?url=${encodeURIComponent(PDF_TAB.url)}`);
    // The page fetches the PDF itself once the site is granted; the fixture answers it there too.
    await serveFixturesToPage(pdfPage, [PDF_TAB]);
    await (await pdfPage.waitForSelector('button::-p-text(Screen this PDF)'))!.click();

    await expect
      .poll(() => firefox.inBrowserWindow<string[]>('[...PopupNotifications.panel.children].map((n) => n.id)'), { timeout: 10_000 })
      .toEqual(['addon-webext-permissions-notification']);
    await firefox.inBrowserWindow('PopupNotifications.panel.firstElementChild.button.click()');
    const panel = await pdfPage.waitForSelector(READY_PANEL, { timeout: 30_000 });
    expect(await panel!.$eval('[data-testid="verdict"]', (element) => element.getAttribute('data-verdict'))).toBeTruthy();
    const granted = await pdfPage.evaluate(() =>
      (globalThis as unknown as { browser: { permissions: { getAll(): Promise<{ origins: string[] }> } } }).browser.permissions.getAll(),
    );
    expect(granted.origins.filter((origin) => !origin.startsWith('https://www.linkedin.com') && !origin.startsWith('https://github.com'))).toEqual([
      'https://files.example.org/*',
    ]);
    await pdfPage.close();
    await pdfTab.close();
  });

  it('screens a PDF chosen from disk on the PDF page', async () => {
    const pdfPage = await firefox.openExtensionPage('/pdf.html');
    const input = await pdfPage.waitForSelector('input[data-testid="pdf-input"]');
    await input!.uploadFile(`${FIXTURES}/pdf/linkedin-export-two-column.pdf`);
    await pdfPage.waitForSelector(READY_PANEL, { timeout: 30_000 });
    await pdfPage.close();
  });
});

describe('Firefox ESR with the release zip, whose panel root is closed', () => {
  let firefox: LaunchedFirefox;

  beforeAll(async () => {
    firefox = await launchFirefox({ build: 'production' });
  });

  afterAll(async () => {
    await firefox?.close();
  });

  it('shows the panel, which the page can neither open nor read, and gives it the focus from the shortcut', async () => {
    const linkedin = await firefox.browser.newPage();
    await serveFixturesToPage(linkedin, [LINKEDIN_A]);
    await linkedin.goto(LINKEDIN_A.url);
    // The panel's host is the last element of <html>, outside <body> (components/shared/mount-panel.ts).
    const host = () =>
      linkedin.evaluate(() => {
        const last = document.documentElement.lastElementChild;
        return last && last !== document.body ? { tag: last.tagName, openRoot: last.shadowRoot !== null, focused: document.activeElement === last } : undefined;
      });
    await expect.poll(host, { timeout: 20_000 }).toMatchObject({ tag: 'DIV', openRoot: false });
    const seen = await linkedin.evaluate(() => ({
      openRoots: Array.from(document.querySelectorAll('*')).filter((element) => element.shadowRoot).length,
      html: document.documentElement.outerHTML,
    }));
    expect(seen.openRoots).toBe(0);
    expect(seen.html).not.toContain('Shipcheck screening');
    expect(await linkedin.$(READY_PANEL)).toBeNull();

    // Opened from the keyboard, the panel focuses its own region: the page sees only its host take the focus.
    expect((await host())?.focused).toBe(false);
    await linkedin.bringToFront();
    await pressShortcut(firefox);
    await pressShortcut(firefox);
    await expect.poll(async () => (await host())?.focused, { timeout: 10_000 }).toBe(true);
    await linkedin.close();
  });
});
