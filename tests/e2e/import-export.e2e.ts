import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryArea, saveInventedCandidates } from '../fixtures/exports/invented-candidates';
import { launchExtension, type LaunchedExtension } from './support/launch-extension';
import { sidePanelUrl, storageGet, storageSet } from './support/measure-sidepanel';
import { SCREENSHOTS } from './support/panel-page';

const HOSTILE_DIR = fileURLToPath(new URL('../fixtures/exports/hostile/', import.meta.url));
const { validate } = createRequire(import.meta.url)('@jsonresume/schema') as {
  validate(resume: unknown, callback: (errors: unknown[] | null, valid: boolean) => void): void;
};

declare const chrome: { storage: { local: { clear(): Promise<void> } } };

/** The three invented candidates as storage.local holds them after saving. */
async function inventedItems(): Promise<Record<string, unknown>> {
  const area = memoryArea();
  await saveInventedCandidates(area);
  return area.get(null);
}

async function openSidePanel(extension: LaunchedExtension): Promise<Page> {
  const page = await extension.context.newPage();
  await page.setViewportSize({ width: 400, height: 720 });
  await page.goto(sidePanelUrl(extension.extensionId));
  return page;
}

async function download(page: Page, testId: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-testid="${testId}"]`).click()]);
  return readFileSync((await file.path())!, 'utf8');
}

/** Saved candidate records without the per-write revision token. */
async function storedRecords(extension: LaunchedExtension) {
  const all = await storageGet(extension.serviceWorker);
  return Object.fromEntries(
    Object.entries(all)
      .filter(([key]) => key.startsWith('candidate:'))
      .map(([key, value]) => {
        const { rev: _rev, ...rest } = value as Record<string, unknown>;
        return [key, rest];
      }),
  );
}

async function showPreview(side: Page, path: string, preview: string) {
  await side.locator('[data-testid="import-file"]').setInputFiles(path);
  await expect.poll(() => side.locator('[data-testid="import-summary"]').textContent()).toBe(preview);
}

async function importThroughPreview(side: Page, path: string, preview: string) {
  await showPreview(side, path, preview);
  await side.locator('[data-testid="import-apply"]').click();
  await expect.poll(() => side.locator('[data-testid="notice"]').textContent()).toMatch(/^Import: /);
}

describe('export and import in the side panel', () => {
  const work = mkdtempSync(join(tmpdir(), 'shipcheck-exports-'));
  let extension: LaunchedExtension;
  let side: Page;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    extension = await launchExtension();
    await storageSet(extension.serviceWorker, await inventedItems());
    side = await openSidePanel(extension);
    await side.locator('[data-testid="candidate-row"]').nth(2).waitFor();
  });

  afterAll(async () => {
    await extension?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('a CSV export of three candidates imported into a fresh profile gives the same records, notes without apostrophes', async () => {
    const csv = await download(side, 'export-csv');
    const path = join(work, 'candidates.csv');
    writeFileSync(path, csv);
    const fresh = await launchExtension();
    try {
      const freshSide = await openSidePanel(fresh);
      await expect.poll(() => freshSide.locator('[data-testid="empty-state"]').count()).toBe(1);
      await importThroughPreview(freshSide, path, 'Import preview: 3 added, 0 updated.');
      await expect.poll(() => freshSide.locator('[data-testid="candidate-row"]').count()).toBe(3);
      expect(await storedRecords(fresh)).toEqual(await storedRecords(extension));
    } finally {
      await fresh.close();
    }
  });

  it('the JSON export is a list of valid JSON Resumes with roles, studies, skills and projects filled', async () => {
    const file = JSON.parse(await download(side, 'export-json'));
    expect(file.candidates).toHaveLength(3);
    for (const candidate of file.candidates) {
      let errors: unknown[] | null = ['not run'];
      validate(candidate, (found) => (errors = found));
      expect(errors).toBeNull();
    }
    const noor = file.candidates.find((c: { basics: { name: string } }) => c.basics.name === 'Noor Invented');
    expect(noor.work.map((job: { name: string }) => job.name)).toEqual(['Invented Logistics', 'Sample Retail']);
    expect(noor.education).toHaveLength(1);
  });

  describe.each([
    ['foreign-snapshot.json', 'Import preview: 1 added, 0 updated.', ['candidate:github:mallory-invented']],
    ['future-times.json', 'Import preview: 0 added, 0 updated, 1 already up to date.', []],
    ['identity-grab.json', 'Import preview: 0 added, 1 updated.', ['candidate:linkedin:noor-invented']],
    ['mismatched-snapshot.json', 'Import preview: 0 added, 0 updated, 1 already up to date.', []],
    ['proto-keys.json', 'Import preview: 1 added, 0 updated.', ['candidate:github:proto-invented']],
  ])('hostile import %s', (file, preview, allowed) => {
    it('shows what it left out before anything is written, and changes no other record', async () => {
      await extension.serviceWorker.evaluate(() => chrome.storage.local.clear());
      const seeded = await inventedItems();
      await storageSet(extension.serviceWorker, seeded);
      await side.reload();
      await expect.poll(() => side.locator('[data-testid="candidate-row"]').count()).toBe(3);
      await showPreview(side, join(HOSTILE_DIR, file), preview);
      expect(await side.locator('[data-testid="import-warnings"] li').count()).toBeGreaterThan(0);
      await side.screenshot({ path: `${SCREENSHOTS}/import-preview-${file.replace('.json', '')}.png` });
      expect(await storageGet(extension.serviceWorker)).toEqual(seeded);
      await side.locator('[data-testid="import-apply"]').click();
      await expect.poll(() => side.locator('[data-testid="notice"]').textContent()).toMatch(/^Import: /);
      const after = await storageGet(extension.serviceWorker);
      const changedRecords = Object.keys({ ...seeded, ...after })
        .filter((key) => key.startsWith('candidate:') && !isDeepStrictEqual(seeded[key], after[key]))
        .sort();
      expect(changedRecords).toEqual(allowed);
      for (const key of Object.keys(seeded).filter((k) => k.startsWith('snapshot:'))) expect(after[key]).toEqual(seeded[key]);
    });
  });
});
