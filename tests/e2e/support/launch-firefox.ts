import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { builtZip, zippedManifest, type ZippedManifest } from './built-zips';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * The Firefox build with the test hook (`npm run build:e2e`, components/shared/e2e-hook.ts): the panel's shadow root
 * is open and its host marked, so that puppeteer can reach the panel. The release zip's root is closed.
 */
export const FIREFOX_E2E_EXTENSION_DIR = fileURLToPath(new URL('../../../.output/firefox-mv3-e2e', import.meta.url));

// Firefox gives each installed add-on a random internal UUID for its moz-extension:// pages; this pref
// fixes it so that tests know the extension's page addresses.
const EXTENSION_UUID = '5d1c0e2a-7b43-4f8e-9a61-3c2b8e4f7a10';

/** Raw WebDriver BiDi, for what puppeteer does not wrap: Firefox's own window (toolbar, sidebar, shortcuts). */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

type EvaluateResult = { type: 'success'; result: { value?: unknown } } | { type: 'exception'; exceptionDetails: { text: string } };

export interface LaunchedFirefox {
  browser: Browser;
  addonId: string;
  /** The address of one of the extension's pages, e.g. `/sidepanel.html`. */
  extensionUrl(path: string): string;
  /** Runs an expression in Firefox's browser window (its own UI, not a web page) and returns its value. */
  inBrowserWindow<T>(expression: string): Promise<T>;
  /** Opens one of the extension's pages in a new tab, as the extension itself would, and returns it. */
  openExtensionPage(path: string): Promise<Page>;
  /** The tab showing an extension page whose address starts with `path` (opened by the extension). */
  waitForExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/**
 * The open tab whose document address starts with `prefix`. Asked of each document itself: puppeteer keeps
 * the address a tab had before it switched to the extension's process (about:blank).
 */
async function pageAt(browser: Browser, prefix: string, timeoutMs = 15_000): Promise<Page> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const page of await browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href.startsWith(prefix)) return page;
    }
    if (Date.now() > deadline) throw new Error(`no tab showing ${prefix}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function addonIdOf(extension: string, build: 'e2e' | 'production'): Promise<string> {
  const manifest: ZippedManifest =
    build === 'production' ? await zippedManifest(extension) : JSON.parse(readFileSync(join(extension, 'manifest.json'), 'utf8'));
  const id = manifest.browser_specific_settings?.gecko.id;
  if (!id) throw new Error(`${extension} declares no Firefox add-on id`);
  return id;
}

/**
 * Starts Debian's Firefox ESR headless over WebDriver BiDi and installs the extension as a temporary add-on, as
 * `about:debugging` would: the Firefox test build by default, the release zip (`npm run zip`) with
 * `build: 'production'`. System access is allowed so that the test can press the toolbar button and the shortcut
 * in Firefox's own window.
 */
export async function launchFirefox(options: { build?: 'e2e' | 'production' } = {}): Promise<LaunchedFirefox> {
  if (!existsSync(FIREFOX)) throw new Error(`No Firefox at ${FIREFOX}: install it (apt-get install firefox-esr) or set FIREFOX_PATH.`);
  const build = options.build ?? 'e2e';
  const extension = build === 'production' ? builtZip('firefox') : FIREFOX_E2E_EXTENSION_DIR;
  const addonId = await addonIdOf(extension, build);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [addonId]: EXTENSION_UUID }) },
  });
  try {
    const installed = await browser.installExtension(extension);
    if (installed !== addonId) throw new Error(`installed ${installed}, expected ${addonId}`);
  } catch (error) {
    await browser.close();
    throw error;
  }
  const bidi = (browser as unknown as { connection: BidiConnection }).connection;
  const extensionUrl = (path: string) => `moz-extension://${EXTENSION_UUID}${path}`;

  const inBrowserWindow = async <T>(expression: string): Promise<T> => {
    const tree = (await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 })).result as { contexts: { context: string }[] };
    const window = tree.contexts[0].context;
    // Values come back as JSON: BiDi's own serialisation of objects is a list of pairs.
    const asJson = `(async () => JSON.stringify(await (${expression})) ?? 'null')()`;
    const evaluated = (await bidi.send('script.evaluate', { expression: asJson, target: { context: window }, awaitPromise: true })).result as EvaluateResult;
    if (evaluated.type === 'exception') throw new Error(`in Firefox's window: ${evaluated.exceptionDetails.text}`);
    return JSON.parse(evaluated.result.value as string) as T;
  };

  return {
    browser,
    addonId,
    extensionUrl,
    inBrowserWindow,
    async openExtensionPage(path) {
      // A web page may not open an extension page; Firefox's own window may, as a toolbar click would.
      await inBrowserWindow(
        `void (gBrowser.selectedTab = gBrowser.addTab(${JSON.stringify(extensionUrl(path))}, { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() }))`,
      );
      return pageAt(browser, extensionUrl(path));
    },
    waitForExtensionPage: (path) => pageAt(browser, extensionUrl(path)),
    close: () => browser.close(),
  };
}
