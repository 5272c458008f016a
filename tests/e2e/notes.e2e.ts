import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type LaunchedExtension } from './support/launch-extension';
import { sidePanelUrl, storageGet } from './support/measure-sidepanel';
import { LINKEDIN_A, SCREENSHOTS, serveFixtures, waitForReadyPanel } from './support/panel-page';

const NOTE_IN_PANEL = 'Served ranking models; ask about drift monitoring.';
const NOTE_IN_SIDE_PANEL = 'Edited in the side panel: "strong", =not a formula';

async function openSidePanel(extension: LaunchedExtension): Promise<Page> {
  const page = await extension.context.newPage();
  await page.setViewportSize({ width: 400, height: 720 });
  await page.goto(sidePanelUrl(extension.extensionId));
  return page;
}

function row(page: Page, name: string): Locator {
  return page.locator('[data-testid="candidate-row"]', { hasText: name });
}

/** Saved candidates and snapshots as stored, without the per-write revision token. */
async function storedCandidates(extension: LaunchedExtension) {
  const all = (await storageGet(extension.serviceWorker)) as Record<string, Record<string, unknown>>;
  return Object.fromEntries(
    Object.entries(all)
      .filter(([key]) => key.startsWith('candidate:') || key.startsWith('snapshot:'))
      .map(([key, value]) => {
        const { rev: _rev, ...rest } = value;
        return [key, rest];
      }),
  );
}

async function download(page: Page, testId: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-testid="${testId}"]`).click()]);
  return readFileSync((await file.path())!, 'utf8');
}

describe('one-click candidate notes', () => {
  const userDataDir = mkdtempSync(join(tmpdir(), 'shipcheck-notes-'));
  const work = mkdtempSync(join(tmpdir(), 'shipcheck-notes-files-'));
  let extension: LaunchedExtension;
  let exportedJson = '';
  let storedBefore: Record<string, unknown> = {};

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    extension = await launchExtension({ userDataDir });
    await serveFixtures(extension.context, [LINKEDIN_A]);
  });

  afterAll(async () => {
    await extension?.close();
    rmSync(userDataDir, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  });

  it('saves the candidate from the LinkedIn panel with one click, and autosaves the note', async () => {
    const page = await extension.context.newPage();
    await page.goto(LINKEDIN_A.url);
    const panel = await waitForReadyPanel(page);
    const notes = panel.locator('[data-testid="candidate-notes"]');
    await expect.poll(() => notes.locator('[data-testid="shipcheck-saved-state"]').textContent()).toBe('Not saved yet');
    await notes.locator('[data-testid="shipcheck-save"]').click();
    await expect.poll(() => notes.locator('[data-testid="shipcheck-saved-state"]').textContent()).toMatch(/^✓ Saved/);

    await notes.locator('[data-testid="shipcheck-note"]').fill(NOTE_IN_PANEL);
    await expect.poll(() => notes.locator('[data-testid="shipcheck-note-state"]').textContent()).toBe('Saved');
    await page.screenshot({ path: `${SCREENSHOTS}/notes-panel-saved.png` });
  });

  it('lists it in the side panel, where note, status and tags edit in place and reach the page panel live', async () => {
    const side = await openSidePanel(extension);
    const ada = row(side, 'Ada Kowalczyk');
    await expect.poll(() => ada.count()).toBe(1);
    expect(await ada.textContent()).toContain(NOTE_IN_PANEL);

    await ada.locator('[data-testid="status-shortlisted"]').click();
    await ada.getByRole('button', { name: /Edit note and tags/ }).click();
    await ada.locator('[data-testid="row-note"]').fill(NOTE_IN_SIDE_PANEL);
    await expect.poll(() => ada.locator('[data-testid="row-note-state"]').textContent()).toBe('Saved');
    await ada.locator('[data-testid="tag-input"]').fill('referral');
    await ada.locator('[data-testid="tag-input"]').press('Enter');
    await expect.poll(() => ada.locator('.sc-tag', { hasText: 'referral' }).count()).toBeGreaterThan(0);

    const linkedin = extension.context.pages().find((page) => page.url().startsWith(LINKEDIN_A.url))!;
    const panelNote = (await waitForReadyPanel(linkedin)).locator('[data-testid="shipcheck-note"]');
    await expect.poll(() => panelNote.inputValue()).toBe(NOTE_IN_SIDE_PANEL);

    await side.screenshot({ path: `${SCREENSHOTS}/notes-sidepanel-light.png` });
    await side.getByRole('button', { name: /Theme/ }).click();
    await side.getByRole('button', { name: /Theme/ }).click();
    await side.screenshot({ path: `${SCREENSHOTS}/notes-sidepanel-dark.png` });
  });

  it('keeps everything after the browser is closed and reopened', async () => {
    storedBefore = await storedCandidates(extension);
    await extension.context.close();
    extension = await launchExtension({ userDataDir });
    const side = await openSidePanel(extension);
    const ada = row(side, 'Ada Kowalczyk');
    await expect.poll(() => ada.count()).toBe(1);
    expect(await ada.textContent()).toContain(NOTE_IN_SIDE_PANEL);
    expect(await ada.locator('[data-testid="status-shortlisted"]').getAttribute('aria-checked')).toBe('true');
    expect(await ada.textContent()).toContain('referral');
    expect(await storedCandidates(extension)).toEqual(storedBefore);
  });

  it('exports CSV that spreadsheets read: BOM, quoted note, neutralised formula', async () => {
    const side = extension.context.pages().find((page) => page.url().includes('sidepanel.html'))!;
    const csv = await download(side, 'export-csv');
    expect(csv.startsWith('\uFEFFFirst Name,Last Name,Headline')).toBe(true);
    const [first] = Papa.parse<Record<string, string>>(csv.slice(1), { header: true }).data;
    expect(first).toMatchObject({ 'First Name': 'Ada', 'Last Name': 'Kowalczyk', Status: 'Shortlisted', Tags: 'referral', Note: NOTE_IN_SIDE_PANEL });
    expect(first['LinkedIn URL']).toBe(LINKEDIN_A.url);
    expect(Number(first.Score)).toBeGreaterThan(0);
  });

  it('exports versioned JSON with JSON Resume basics and the screening with its quotes', async () => {
    const side = extension.context.pages().find((page) => page.url().includes('sidepanel.html'))!;
    exportedJson = await download(side, 'export-json');
    const file = JSON.parse(exportedJson);
    expect(file).toMatchObject({ format: 'shipcheck-candidates', version: 2 });
    const [candidate] = file.candidates;
    expect(candidate.basics.name).toBe('Ada Kowalczyk');
    expect(candidate.basics.profiles[0]).toMatchObject({ network: 'LinkedIn', url: LINKEDIN_A.url });
    expect(candidate.shipcheck).toMatchObject({ status: 'shortlisted', tags: ['referral'], note: NOTE_IN_SIDE_PANEL });
    const snapshot = Object.values(candidate.shipcheck.snapshots)[0] as { evidence: Array<{ quote: string }>; score: number };
    expect(snapshot.evidence.length).toBeGreaterThan(0);
    expect(snapshot.evidence.every((item) => item.quote.length > 0)).toBe(true);
  });

  it('imports that JSON into a fresh profile and gets the same records', async () => {
    const path = join(work, 'export.json');
    writeFileSync(path, exportedJson);
    const fresh = await launchExtension();
    try {
      const side = await openSidePanel(fresh);
      // The first page of a browser that has just started can take seconds to read storage on a busy machine.
      await expect.poll(() => side.locator('[data-testid="empty-state"]').count(), { timeout: 10_000 }).toBe(1);
      await side.locator('[data-testid="import-file"]').setInputFiles(path);
      await expect.poll(() => side.locator('[data-testid="import-summary"]').textContent()).toBe('Import preview: 1 added, 0 updated.');
      await side.locator('[data-testid="import-apply"]').click();
      await expect.poll(() => side.locator('[data-testid="notice"]').textContent()).toContain('1 added');
      await expect.poll(() => row(side, 'Ada Kowalczyk').count()).toBe(1);
      expect(await storedCandidates(fresh)).toEqual(storedBefore);

      await side.locator('[data-testid="import-file"]').setInputFiles(path);
      await side.locator('[data-testid="import-apply"]').click();
      await expect.poll(() => side.locator('[data-testid="notice"]').textContent()).toContain('0 added, 0 updated, 1 already up to date');
      expect(await side.locator('[data-testid="candidate-row"]').count()).toBe(1);
    } finally {
      await fresh.close();
    }
  });
});
