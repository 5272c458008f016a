import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickInClosedPanel, closedPanel } from './support/closed-panel';
import { E2E_EXTENSION_DIR, EXTENSION_DIR, launchExtension, pressShortcut, type LaunchedExtension } from './support/launch-extension';
import { storageGet } from './support/measure-sidepanel';
import { LINKEDIN_A, PANEL_HOST, serveFixtures, waitForReadyPanel } from './support/panel-page';

const HOOK = 'data-shipcheck-e2e';

const savedCandidates = async (extension: LaunchedExtension) =>
  Object.keys(await storageGet(extension.serviceWorker)).filter((key) => key.startsWith('candidate:'));

/** Runs before the page's own scripts, as a hostile page's first script would: it tries to catch the panel's root. */
const CATCH_SHADOW_ROOTS = `(() => {
  const attach = Element.prototype.attachShadow;
  window.__caught = [];
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, { ...init, mode: 'open' });
    window.__caught.push(root);
    return root;
  };
})();`;

async function readyClosedPanel(page: Page) {
  await expect.poll(async () => (await closedPanel(page))?.state, { timeout: 15_000 }).toBe('ready');
  return (await closedPanel(page))!;
}

describe('the built content scripts', () => {
  it('carry the test hook only in the test build', () => {
    const scripts = (dir: string) => readdirSync(join(dir, 'content-scripts')).map((file) => readFileSync(join(dir, 'content-scripts', file), 'utf8'));
    for (const code of scripts(EXTENSION_DIR)) expect(code).not.toContain(HOOK);
    for (const code of scripts(E2E_EXTENSION_DIR)) expect(code).toContain(HOOK);
  });
});

describe('a page script against the panel, in the build recruiters install', () => {
  let extension: LaunchedExtension;

  beforeAll(async () => {
    extension = await launchExtension({ build: 'production' });
    await serveFixtures(extension.context, [LINKEDIN_A]);
  });

  afterAll(async () => {
    await extension?.close();
  });

  it('cannot read the panel: no open root, nothing caught, none of its text in the page', async () => {
    const page = await extension.context.newPage();
    await page.addInitScript({ content: CATCH_SHADOW_ROOTS });
    await page.goto(LINKEDIN_A.url);
    await readyClosedPanel(page);
    // The saved-record line fills in once the background answers, after the screening is shown.
    await expect.poll(async () => (await closedPanel(page))?.text, { timeout: 15_000 }).toContain('Not saved yet');
    const seen = await page.evaluate(() => ({
      openRoots: Array.from(document.querySelectorAll('*')).filter((element) => element.shadowRoot).length,
      caught: (window as unknown as { __caught: ShadowRoot[] }).__caught.length,
      html: document.documentElement.outerHTML,
      text: document.documentElement.innerText,
    }));
    expect(seen.openRoots).toBe(0);
    expect(seen.caught).toBe(0);
    for (const inside of ['Shipcheck screening', 'Not saved yet', 'Save candidate']) {
      expect(seen.html).not.toContain(inside);
      expect(seen.text).not.toContain(inside);
    }
    // Playwright's own locators pierce open roots only: they find nothing either.
    expect(await page.locator('[data-testid="shipcheck-save"]').count()).toBe(0);
    await page.close();
  });

  it('cannot click Save, type a note or set a status: nothing is saved', async () => {
    const page = await extension.context.newPage();
    await page.goto(LINKEDIN_A.url);
    await readyClosedPanel(page);
    await page.evaluate(() => {
      const host = document.documentElement.lastElementChild as HTMLElement;
      host.click();
      host.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      host.dispatchEvent(new InputEvent('input', { data: 'written by the page', bubbles: true, composed: true }));
      // Where the panel is drawn, the page finds only the host.
      (document.elementFromPoint(window.innerWidth - 100, 120) as HTMLElement | null)?.click();
    });
    await page.waitForTimeout(1_500);
    expect(await savedCandidates(extension)).toEqual([]);
    expect((await closedPanel(page))?.text).toContain('Not saved yet');
    await page.close();
  });

  it("cannot write into the note while the recruiter has it focused; the recruiter's own typing saves", async () => {
    const page = await extension.context.newPage();
    await page.goto(LINKEDIN_A.url);
    await readyClosedPanel(page);
    await clickInClosedPanel(page, 'shipcheck-save');
    await expect.poll(async () => (await closedPanel(page))?.text).toMatch(/✓ Saved/);
    await clickInClosedPanel(page, 'shipcheck-note');
    // The page cannot reach the note, but it can write into whatever has the focus.
    expect(await page.evaluate(() => document.execCommand('insertText', false, 'written by the page'))).toBe(true);
    await page.keyboard.type('Ask about drift.');
    await page.keyboard.press('Tab');
    await expect.poll(async () => (await closedPanel(page))?.text).toMatch(/Saved/);
    await page.waitForTimeout(1_000);
    const notes = Object.values(await storageGet(extension.serviceWorker))
      .map((value) => (value as { note?: string }).note)
      .filter((note) => note !== undefined);
    expect(notes).toEqual(['Ask about drift.']);
    await page.close();
  });

  it("cannot remove the panel with WXT's start event, though it knows the extension id", async () => {
    const page = await extension.context.newPage();
    await page.goto(LINKEDIN_A.url);
    await readyClosedPanel(page);
    await page.evaluate((id) => {
      for (const name of ['linkedin', 'github']) {
        const type = `${id}:${name}:wxt:content-script-started`;
        document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: name, messageId: 'forged' } }));
        window.postMessage({ type, contentScriptName: name, messageId: 'forged' }, '*');
      }
    }, extension.extensionId);
    await page.waitForTimeout(500);
    expect((await closedPanel(page))?.state).toBe('ready');
    // Still alive, not a leftover: it still answers the shortcut.
    await pressShortcut(extension);
    await expect.poll(() => closedPanel(page)).toBeUndefined();
    await pressShortcut(extension);
    await readyClosedPanel(page);
    await page.close();
  });
});

describe('a page script holding a control of the panel (the test build, whose root is open)', () => {
  let extension: LaunchedExtension;

  beforeAll(async () => {
    extension = await launchExtension();
    await serveFixtures(extension.context, [LINKEDIN_A]);
  });

  afterAll(async () => {
    await extension?.close();
  });

  it("still cannot act through it: scripted clicks and edits are ignored, the recruiter's own click saves", async () => {
    const page = await extension.context.newPage();
    await page.goto(LINKEDIN_A.url);
    const panel = await waitForReadyPanel(page);
    const state = panel.locator('[data-testid="shipcheck-saved-state"]');
    await expect.poll(() => state.textContent()).toBe('Not saved yet');
    await page.evaluate((host) => {
      const root = document.querySelector(host)!.shadowRoot!;
      root.querySelector<HTMLButtonElement>('[data-testid="shipcheck-save"]')!.click();
      root.querySelectorAll<HTMLButtonElement>('[role="radiogroup"] button')[1]?.click();
      const note = root.querySelector<HTMLTextAreaElement>('[data-testid="shipcheck-note"]')!;
      note.value = 'written by the page';
      note.dispatchEvent(new InputEvent('input', { bubbles: true, data: 'written by the page' }));
      note.dispatchEvent(new FocusEvent('blur'));
    }, PANEL_HOST);
    await page.waitForTimeout(1_500);
    expect(await savedCandidates(extension)).toEqual([]);
    expect(await state.textContent()).toBe('Not saved yet');

    await panel.locator('[data-testid="shipcheck-save"]').click();
    await expect.poll(() => state.textContent()).toMatch(/^✓ Saved/);
    expect(await savedCandidates(extension)).toHaveLength(1);
    const stored = Object.values(await storageGet(extension.serviceWorker)).find((value) => (value as { note?: string }).note !== undefined) as {
      note: string;
    };
    expect(stored.note).toBe('');
    await page.close();
  });
});
