import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentScriptSizes } from './support/content-script-sizes';
import { EXTENSION_DIR, launchExtension, type LaunchedExtension } from './support/launch-extension';
import {
  GITHUB_USER,
  LINKEDIN_A,
  LINKEDIN_MALICIOUS,
  PANEL_HOST,
  SCREENSHOTS,
  serveFixtures,
  type ServedFixtures,
  waitForReadyPanel,
  expandDetails,
} from './support/panel-page';

interface Manifest {
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  web_accessible_resources?: unknown[];
  content_scripts?: { matches: string[]; js: string[]; css?: string[] }[];
}

const manifest = (): Manifest => JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));

describe('privacy and stealth of the built extension', () => {
  let extension: LaunchedExtension;
  let served: ServedFixtures;

  beforeAll(async () => {
    extension = await launchExtension();
    served = await serveFixtures(extension.context, [LINKEDIN_A, LINKEDIN_MALICIOUS, GITHUB_USER]);
  });

  afterAll(async () => {
    await extension?.close();
  });

  it('asks only for the permissions its features need', () => {
    const { permissions, host_permissions, optional_host_permissions, content_scripts } = manifest();
    expect([...(permissions ?? [])].sort()).toEqual(['activeTab', 'sidePanel', 'storage', 'unlimitedStorage']);
    expect(host_permissions ?? []).toEqual([]);
    expect(optional_host_permissions).toEqual(['<all_urls>']);
    const matches = (content_scripts ?? []).flatMap((script) => script.matches).sort();
    expect(matches).toEqual(['https://github.com/*', 'https://www.linkedin.com/*']);
    expect((content_scripts ?? []).flatMap((script) => script.css ?? [])).toEqual([]);
  });

  it('exposes no web-accessible resource, and none is reachable from linkedin.com', async () => {
    expect(manifest().web_accessible_resources ?? []).toEqual([]);
    const page = await extension.context.newPage();
    await page.goto(LINKEDIN_A.url);
    await waitForReadyPanel(page);
    const reachable = await page.evaluate(async (id) => {
      const found: string[] = [];
      for (const path of ['manifest.json', 'pdf.html', 'options.html', 'background.js', 'content-scripts/linkedin.js']) {
        try {
          await fetch(`chrome-extension://${id}/${path}`);
          found.push(path);
        } catch {
          // Refused, as it must be.
        }
      }
      return found;
    }, extension.extensionId);
    expect(reachable).toEqual([]);
    await page.close();
  });

  it('writes no chrome-extension:// URL into the page, its shadow roots, its stylesheets or its messages', async () => {
    for (const fixture of [LINKEDIN_A, GITHUB_USER]) {
      const page = await extension.context.newPage();
      // A page can listen to every window message; the extension must post none that names it.
      await page.addInitScript({
        content: `window.addEventListener('message', (event) => { (window.__seenMessages ||= []).push(JSON.stringify(event.data)); });`,
      });
      await page.goto(fixture.url);
      const panel = await waitForReadyPanel(page);
      await expandDetails(panel);
      const text = await page.evaluate(() => {
        const parts = [document.documentElement.outerHTML];
        for (const element of Array.from(document.querySelectorAll('*'))) {
          if (element.shadowRoot) {
            parts.push(element.shadowRoot.innerHTML);
            for (const sheet of element.shadowRoot.adoptedStyleSheets) parts.push(...Array.from(sheet.cssRules, (rule) => rule.cssText));
          }
        }
        for (const sheet of document.adoptedStyleSheets) parts.push(...Array.from(sheet.cssRules, (rule) => rule.cssText));
        for (const entry of performance.getEntriesByType('resource')) parts.push(entry.name);
        parts.push(...((window as unknown as { __seenMessages?: string[] }).__seenMessages ?? []));
        return parts.join('\n');
      });
      expect(text).not.toContain('chrome-extension://');
      expect(text).not.toContain(extension.extensionId);
      await page.close();
    }
  });

  it('makes no network request of its own', async () => {
    const page = await extension.context.newPage();
    await page.goto(LINKEDIN_A.url);
    await waitForReadyPanel(page);
    await page.close();
    const workerRequests = await extension.serviceWorker.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => !name.startsWith('chrome-extension://')),
    );
    expect(workerRequests).toEqual([]);
    expect(served.unexpected()).toEqual([]);
  });

  it('renders a hostile profile as text and runs nothing from it', async () => {
    const page = await extension.context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(LINKEDIN_MALICIOUS.url);
    const panel = await waitForReadyPanel(page);
    await expandDetails(panel);
    for (const tab of ['Tools', 'Outcomes', 'Flags']) await panel.getByRole('tab', { name: new RegExp(tab) }).click();
    const inside = await page.evaluate((host) => {
      const root = document.querySelector(host)!.shadowRoot!;
      return {
        live: root.querySelectorAll('script, iframe, object, embed, img, [onerror], [onload], [onclick]').length,
        scriptLinks: Array.from(root.querySelectorAll('a')).filter((link) => !/^https?:/.test(link.href)).length,
        text: root.textContent ?? '',
      };
    }, PANEL_HOST);
    expect(inside.live).toBe(0);
    expect(inside.scriptLinks).toBe(0);
    expect(inside.text).toMatch(/<script|<img/i);
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    await page.screenshot({ path: `${SCREENSHOTS}/panel-linkedin-malicious.png` });
    await page.close();
    expect(served.unexpected()).toEqual([]);
  });
});

describe('content script bundles', () => {
  // Each script is parsed on every LinkedIn or GitHub page load: 138 and 120 kB when this budget was set (from 253 and
  // 235 kB, once zod and the candidate store's schemas left them). The schemas are checked in the background.
  it('keep each script under 160 kB (60 kB gzip) and carry no NLP library and no zod', () => {
    const sizes = contentScriptSizes();
    expect(sizes.map((size) => size.file).sort()).toEqual(['github.js', 'linkedin.js']);
    for (const size of sizes) {
      expect(size.bytes).toBeLessThan(160 * 1024);
      expect(size.gzipBytes).toBeLessThan(60 * 1024);
      const code = readFileSync(join(EXTENSION_DIR, 'content-scripts', size.file), 'utf8');
      // compromise's lexicon and API names; none may reach a page.
      expect(code).not.toMatch(/compromise|\.nlp\.plugin|nlp\.extend/);
      // zod's class names: the schemas and their runtime stay in the background and extension pages.
      expect(code).not.toMatch(/\$ZodType|ZodError/);
    }
  });
});
