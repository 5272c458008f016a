import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type LaunchedExtension } from './support/launch-extension';
import { seedCandidates, sidePanelUrl, storageGet, storageSet } from './support/measure-sidepanel';
import { SCREENSHOTS } from './support/panel-page';

const count = (page: Page) => page.locator('[data-testid="candidate-count"]').textContent();
const rows = (page: Page) => page.locator('[data-testid="candidate-row"]');

describe('side panel with saved candidates', () => {
  let extension: LaunchedExtension;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    extension = await launchExtension();
    await seedCandidates(extension.serviceWorker, 40);
    // Hand-edited or damaged values next to the good ones.
    await storageSet(extension.serviceWorker, { 'candidate:linkedin:broken': { schema: 2, key: 'linkedin:broken' }, 'candidate:linkedin:text': 'oops' });
    page = await extension.context.newPage();
    await page.setViewportSize({ width: 400, height: 760 });
    await page.goto(sidePanelUrl(extension.extensionId));
    await page.waitForFunction(() => document.querySelector('[data-testid="candidate-count"]')?.textContent === '40 of 40');
  });

  afterAll(async () => {
    await extension?.close();
  });

  it('shows the valid candidates and reports the damaged values it set aside', async () => {
    await expect.poll(() => page.locator('[data-testid="quarantine-banner"]').textContent()).toContain('2 saved items could not be read');
    await page.screenshot({ path: `${SCREENSHOTS}/notes-sidepanel-list.png` });
  });

  it('searches by name, tool and note text, and filters by status, tag, role and source', async () => {
    const search = page.locator('[data-testid="candidate-search"]');
    await search.fill('grace sample 13');
    await expect.poll(() => count(page)).toBe('1 of 40');
    await search.fill('call 14');
    await expect.poll(() => count(page)).toBe('1 of 40');
    await search.fill('pytorch');
    const withTool = Number((await count(page))!.split(' ')[0]);
    expect(withTool).toBeGreaterThan(0);
    expect(withTool).toBeLessThan(40);
    await search.fill('');
    await page.locator('[data-testid="filter-status"]').selectOption('shortlisted');
    await expect.poll(() => count(page)).toBe('10 of 40');
    await page.locator('[data-testid="filter-tag"]').selectOption('referral');
    const strongReferral = Number((await count(page))!.split(' ')[0]);
    expect(strongReferral).toBeLessThan(10);
    await page.locator('[data-testid="filter-status"]').selectOption('all');
    await page.locator('[data-testid="filter-tag"]').selectOption('all');
    await page.locator('[data-testid="filter-role"]').selectOption('mlops');
    await expect.poll(() => count(page)).toBe('10 of 40');
    await page.locator('[data-testid="filter-role"]').selectOption('all');
    await page.locator('[data-testid="filter-source"]').selectOption('github');
    await expect.poll(() => count(page)).toBe('0 of 40');
    await page.locator('[data-testid="filter-source"]').selectOption('all');
  });

  it('sorts by score', async () => {
    await page.locator('[data-testid="sort"]').selectOption('score-desc');
    const scores = await page.locator('.sc-score__value').allTextContents();
    expect(scores.map(Number)).toEqual([...scores.map(Number)].sort((a, b) => b - a));
    await page.locator('[data-testid="sort"]').selectOption('date-desc');
  });

  it('moves through rows with the keyboard and selects with Space', async () => {
    await rows(page).first().focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-row-index'));
    expect(focused).toBe('2');
    await page.keyboard.press(' ');
    await expect.poll(() => page.locator('.sc-bulk__all').textContent()).toContain('1 selected');
  });

  it('changes the status of several candidates at once', async () => {
    await rows(page).nth(3).locator('.sc-row__check').click();
    await page.locator('[data-testid="bulk-status"]').selectOption('rejected');
    await expect.poll(() => page.locator('[data-testid="notice"]').textContent()).toContain('Set 2 candidates to Rejected');
    await page.locator('[data-testid="filter-status"]').selectOption('rejected');
    await expect.poll(() => count(page)).toBe('12 of 40');
    await page.locator('[data-testid="filter-status"]').selectOption('all');
  });

  it('deletes with undo', async () => {
    const first = rows(page).first();
    const name = (await first.getAttribute('aria-label'))!;
    await first.getByRole('button', { name: `Delete ${name}` }).click();
    await expect.poll(() => count(page)).toBe('39 of 39');
    await page.locator('[data-testid="undo"]').click();
    await expect.poll(() => count(page)).toBe('40 of 40');
    expect(await rows(page).first().getAttribute('aria-label')).toBe(name);
  });

  it('updates live when another page saves a candidate', async () => {
    const key = 'candidate:linkedin:ada-example-0';
    const record = (await storageGet(extension.serviceWorker))[key] as Record<string, unknown>;
    await storageSet(extension.serviceWorker, { [key]: { ...record, note: 'Written by another tab', rev: 'other' } });
    await page.locator('[data-testid="candidate-search"]').fill('another tab');
    await expect.poll(() => count(page)).toBe('1 of 40');
  });
});
