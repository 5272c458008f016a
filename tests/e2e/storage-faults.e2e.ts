import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type LaunchedExtension } from './support/launch-extension';
import { seedCandidates, sidePanelUrl } from './support/measure-sidepanel';
import { loadStoreInto, storeBundle, type StoreTestGlobal } from './support/store-bundle';

declare const chrome: {
  storage: { local: { get(keys: null): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } };
};

/**
 * Faults a recruiter's browser really meets, in Chromium with the built extension: a stored value damaged
 * (twice), a record written by a newer Shipcheck, and the service worker stopped while it is writing.
 * Storage is read and written from an extension page: the worker is the thing being stopped.
 */
const readAll = (page: Page) => page.evaluate(() => chrome.storage.local.get(null));
const write = (page: Page, items: Record<string, unknown>) => page.evaluate((batch) => chrome.storage.local.set(batch), items);
const setAsideValues = async (page: Page, key: string) =>
  Object.entries(await readAll(page))
    .filter(([storageKey]) => storageKey.startsWith(`quarantine:${key}`))
    .map(([, entry]) => (entry as { value: unknown }).value);

describe('storage faults, in Chromium', () => {
  let extension: LaunchedExtension;
  let side: Page;

  beforeAll(async () => {
    extension = await launchExtension();
    await seedCandidates(extension.serviceWorker, 12);
    side = await extension.context.newPage();
    await side.setViewportSize({ width: 420, height: 800 });
    await side.goto(sidePanelUrl(extension.extensionId));
    await side.waitForFunction(() => document.querySelector('[data-testid="candidate-count"]')?.textContent === '12 of 12');
  });

  afterAll(async () => {
    await extension?.close();
  });

  const openSidePanel = async () => {
    await side.reload();
    await side.waitForFunction(() => document.querySelector('[data-testid="candidate-count"]')?.textContent?.includes(' of '));
  };
  const banner = () => side.locator('[data-testid="quarantine-banner"]');

  it('keeps both values when the same stored key is damaged twice', async () => {
    await write(side, { 'candidate:linkedin:damaged-twice': 'first damage' });
    await openSidePanel();
    await expect.poll(() => banner().textContent()).toContain('1 saved item could not be read');
    await write(side, { 'candidate:linkedin:damaged-twice': { schema: 3, key: 'linkedin:damaged-twice', second: 'damage' } });
    await openSidePanel();
    await expect.poll(() => banner().textContent()).toContain('2 saved items could not be read');
    expect(await setAsideValues(side, 'candidate:linkedin:damaged-twice')).toEqual(
      expect.arrayContaining(['first damage', { schema: 3, key: 'linkedin:damaged-twice', second: 'damage' }]),
    );
    expect((await readAll(side))['candidate:linkedin:damaged-twice']).toBeUndefined();
  });

  it('shows a record with one bad field, with its note, and keeps the original aside', async () => {
    const key = 'candidate:linkedin:ada-example-0';
    const record = (await readAll(side))[key] as Record<string, unknown>;
    const damaged = { ...record, status: 'hired', note: 'Called on Monday; strong on serving.' };
    await write(side, { [key]: damaged });
    await openSidePanel();
    // The oldest of the seeded candidates sits below the fold of the virtual list: the recruiter searches for it.
    const search = side.getByLabel('Search candidates by name, tool or note');
    await search.fill('Ada Example 0');
    const row = side.locator('[data-testid="candidate-row"][data-key="linkedin:ada-example-0"]');
    await expect.poll(() => row.textContent()).toContain('Called on Monday; strong on serving.');
    await expect.poll(() => banner().textContent()).toContain('1 damaged candidate was kept with its valid fields and note');
    expect(await setAsideValues(side, key)).toEqual([damaged]);
    expect(await row.locator('[data-testid="status-new"]').getAttribute('aria-checked')).toBe('true');
    await search.fill('');
  });

  it('leaves a record written by a newer Shipcheck exactly as it is, and says so', async () => {
    const future = { schema: 99, key: 'linkedin:from-the-future', note: 'Written by a later version.', fields: { unknown: true } };
    await write(side, { 'candidate:linkedin:from-the-future': future });
    await openSidePanel();
    await expect.poll(() => side.locator('[data-testid="newer-banner"]').textContent()).toContain('1 candidate was saved by a newer version of Shipcheck');
    expect((await readAll(side))['candidate:linkedin:from-the-future']).toEqual(future);
    expect(await setAsideValues(side, 'candidate:linkedin:from-the-future')).toEqual([]);
  });

  it('asks before discarding what was set aside, and keeps it when the answer is no', async () => {
    const count = async () => Object.keys(await readAll(side)).filter((key) => key.startsWith('quarantine:')).length;
    expect(await count()).toBe(3);
    await side.locator('[data-testid="discard-set-aside"]').click();
    await expect.poll(() => side.locator('[data-testid="discard-confirm"]').textContent()).toContain('Discard 3 set-aside items for good?');
    await side.getByRole('button', { name: 'Keep' }).click();
    expect(await count()).toBe(3);
    await side.locator('[data-testid="discard-set-aside"]').click();
    await side.locator('[data-testid="discard-confirm-yes"]').click();
    await expect.poll(count).toBe(0);
    await expect.poll(() => banner().count()).toBe(0);
  });

  it('refuses a note over the limit in the side panel with a message, keeping the text in the box', async () => {
    const row = side.locator('[data-testid="candidate-row"]').first();
    await row.getByRole('button', { name: /Edit note and tags/ }).click();
    const long = 'n'.repeat(20_001);
    await row.locator('[data-testid="row-note"]').fill(long);
    await expect.poll(() => row.locator('[data-testid="row-note-state"]').textContent()).toContain('Not saved: the note is 20,001 characters long');
    expect(await row.locator('[data-testid="row-note"]').inputValue()).toHaveLength(20_001);
  });
});

describe('the service worker stopped while it writes, in Chromium', () => {
  let extension: LaunchedExtension;
  let page: Page;
  let cdp: CDPSession;

  beforeAll(async () => {
    extension = await launchExtension();
    page = await extension.context.newPage();
    await page.goto(sidePanelUrl(extension.extensionId));
    await loadStoreInto(page, await storeBundle());
    cdp = await extension.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
  });

  afterAll(async () => {
    await extension?.close();
  });

  // Mutation check: this fails if withWritesThroughBackground's local fallback is removed (a round's saves
  // then fail with the worker that was carrying them out).
  it('loses no write the page was told had succeeded', async () => {
    // Each round sends a burst of saves and stops the worker a moment later, while it is carrying them out.
    const startBurst = (round: number) =>
      page.evaluate((round) => {
        const test = globalThis as unknown as StoreTestGlobal & { bursts?: Array<Promise<{ key?: string; note: string; error?: string }>> };
        const { store, sampleDocument, sampleScreening } = test.shipcheckTest;
        test.bursts ??= [];
        for (let i = 0; i < 30; i++) {
          const note = `round ${round} note ${i}`;
          test.bursts.push(
            store.saveScreening(sampleDocument(`stopped-${round}-${i}`), sampleScreening(), { note }).then(
              ({ record }) => ({ key: record.key, note }),
              (error) => ({ note, error: String(error) }),
            ),
          );
        }
      }, round);
    for (const [round, wait] of [5, 15, 30, 60].entries()) {
      await startBurst(round);
      await new Promise((resolve) => setTimeout(resolve, wait));
      await cdp.send('ServiceWorker.stopAllWorkers');
    }
    const results = await page.evaluate(() =>
      Promise.all((globalThis as unknown as { bursts: Array<Promise<{ key?: string; note: string; error?: string }>> }).bursts),
    );
    expect(results.filter((result) => result.error)).toEqual([]);
    const stored = await readAll(page);
    for (const { key, note } of results) expect(stored[`candidate:${key}`]).toMatchObject({ note });
  });
});
