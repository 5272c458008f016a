import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

/** The build recruiters install (`npm run build`): its manifest and bundles are what the tests check. */
export const EXTENSION_DIR = fileURLToPath(new URL('../../../.output/chrome-mv3', import.meta.url));
/**
 * The same build with the test hook (`npm run build:e2e`, components/shared/e2e-hook.ts): the panel's shadow root is
 * open and its host marked, so that Playwright can reach the panel. Tests drive this one unless they ask otherwise.
 */
export const E2E_EXTENSION_DIR = fileURLToPath(new URL('../../../.output/chrome-mv3-e2e', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface LaunchedExtension {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  userDataDir: string;
  close(): Promise<void>;
}

/**
 * Starts Debian's Chromium with the built extension in a fresh profile. Pass `userDataDir` to reopen a
 * profile (to check that data survives a restart); it is then left on disk for the caller to remove.
 * `build: 'production'` loads the build without the test hook, where the panel's shadow root is closed.
 * `extensionDir` loads another copy of the extension (an unzipped release) instead; a release has no test hook either.
 */
export async function launchExtension(options: { userDataDir?: string; build?: 'e2e' | 'production'; extensionDir?: string } = {}): Promise<LaunchedExtension> {
  const extensionDir = options.extensionDir ?? (options.build === 'production' ? EXTENSION_DIR : E2E_EXTENSION_DIR);
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'shipcheck-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: false,
    viewport: { width: 1280, height: 900 },
    args: [
      '--headless=new',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    userDataDir,
    async close() {
      await context.close();
      if (!options.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

// The extension's API inside its service worker, where `pressShortcut`'s callback runs.
declare const chrome: {
  tabs: { query(filter: object): Promise<{ id?: number }[]>; sendMessage(tabId: number, message: unknown): Promise<unknown> };
};

/**
 * What the background does on the shortcut (Alt+Shift+S): the protocol's `togglePanel` message (lib/messaging/protocol.ts),
 * in the envelope @webext-core/messaging wraps it in. Without the tabs permission the test cannot tell tabs apart by
 * URL, so the message goes to every tab and only pages with the content script answer.
 */
export async function pressShortcut(extension: LaunchedExtension): Promise<void> {
  await extension.serviceWorker.evaluate(async () => {
    for (const tab of await chrome.tabs.query({})) {
      const message = { id: 1, type: 'togglePanel', data: undefined, timestamp: Date.now() };
      await chrome.tabs.sendMessage(tab.id!, message).catch(() => undefined);
    }
  });
}
