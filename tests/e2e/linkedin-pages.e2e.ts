import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, pressShortcut, type LaunchedExtension } from './support/launch-extension';
import { storageGet } from './support/measure-sidepanel';
import {
  expandDetails,
  LINKEDIN_A,
  LINKEDIN_DETAILS,
  LINKEDIN_FEED,
  LINKEDIN_RECRUITER,
  LINKEDIN_SPARSE,
  panel,
  SCREENSHOTS,
  serveFixtures,
  waitForReadyPanel,
} from './support/panel-page';

const SALES_NAVIGATOR = { url: 'https://www.linkedin.com/sales/home', file: LINKEDIN_FEED.file };

describe('LinkedIn pages: one screening per person, sparse and Recruiter profiles, pages that are not profiles', () => {
  let extension: LaunchedExtension;

  beforeAll(async () => {
    extension = await launchExtension();
    await serveFixtures(extension.context, [LINKEDIN_A, LINKEDIN_DETAILS, LINKEDIN_SPARSE, LINKEDIN_RECRUITER, LINKEDIN_FEED, SALES_NAVIGATOR]);
  });

  afterAll(async () => {
    await extension?.close();
  });

  const stored = async () => {
    const all = await storageGet(extension.serviceWorker);
    const pick = (prefix: string) => Object.entries(all).filter(([key]) => key.startsWith(prefix));
    return { records: pick('candidate:'), snapshots: pick('snapshot:') };
  };

  const toolsTab = async (page: Page) => {
    const ready = await waitForReadyPanel(page);
    await expandDetails(ready);
    await ready.getByRole('tab', { name: /Tools/ }).click();
    return (await ready.getByRole('tabpanel').textContent()) ?? '';
  };

  it('merges the profile and its "Show all" page into one screening, saved as one record', async () => {
    const page = await extension.context.newPage();
    await page.goto(LINKEDIN_A.url);
    const onProfile = await waitForReadyPanel(page);
    const banner = onProfile.locator('[data-testid="incomplete-banner"]');
    // LinkedIn counts a company with several roles as one of its 6 experiences (lib/sources/linkedin's reader does too).
    await expect.poll(() => banner.textContent()).toContain('3 of 6 experience entries');
    expect(await toolsTab(page)).not.toContain('Java');
    await onProfile.locator('[data-testid="shipcheck-save"]').click();
    await expect.poll(() => onProfile.locator('[data-testid="shipcheck-saved-state"]').textContent()).toMatch(/^✓ Saved/);

    // The recruiter follows the panel's own link to the page that lists every role.
    await banner.locator('a', { hasText: 'Show all' }).first().click();
    await page.waitForURL(LINKEDIN_DETAILS.url);
    const onDetails = await waitForReadyPanel(page);
    // The profile's headline and listed skills stay; the roles only the details page lists are added.
    await expect.poll(() => onDetails.locator('.who-headline').textContent()).toContain('Senior Machine Learning Engineer at Northwind Logistics');
    const tools = await toolsTab(page);
    for (const tool of ['Java', 'PostgreSQL', 'Terraform', 'Redis']) expect(tools).toContain(tool);
    // The experience section has been read in full: no "Show all" note for it any more.
    expect((await onDetails.locator('[data-testid="incomplete-banner"]').allTextContents()).join(' ')).not.toContain('experience entries');
    await page.screenshot({ path: `${SCREENSHOTS}/panel-linkedin-details-merged.png` });

    const save = onDetails.locator('[data-testid="shipcheck-save"]');
    await expect.poll(() => save.textContent()).toBe('Update saved screening');
    await save.click();
    await expect.poll(async () => JSON.stringify((await stored()).snapshots)).toContain('Java');
    const { records, snapshots } = await stored();
    expect(records.map(([key]) => key)).toEqual(['candidate:linkedin:ada-kowalczyk-ml']);
    expect((records[0][1] as { sources: unknown[] }).sources).toHaveLength(1);
    expect(snapshots.map(([key]) => key)).toEqual(['snapshot:linkedin:ada-kowalczyk-ml']);
    expect(JSON.stringify(snapshots[0][1])).toContain('Terraform');
    await page.close();
  });

  it('waits for a profile whose sections never load, then says there is not enough evidence and what to open', async () => {
    const page = await extension.context.newPage();
    await page.goto(LINKEDIN_SPARSE.url);
    const ready = await waitForReadyPanel(page, 8_000);
    expect(await ready.locator('[data-testid="verdict"]').getAttribute('data-verdict')).toBe('insufficient');
    expect(await ready.locator('[data-testid="verdict"]').textContent()).toBe('Not enough evidence');
    // The Not-enough-evidence state lists what could not be read and links the page to open next.
    expect(await ready.locator('[data-testid="unread"]').textContent()).toContain('open the experience page');
    expect(await ready.locator('[data-testid="open-next"] a').getAttribute('href')).toBe('https://www.linkedin.com/in/tomasz-wierzba-ml/details/experience/');
    expect(await ready.textContent()).not.toMatch(/did not show the profile|Reload/);
    await page.screenshot({ path: `${SCREENSHOTS}/panel-linkedin-sparse.png` });
    await page.close();
  });

  it('screens a profile opened in LinkedIn Recruiter, as the member its public profile link names', async () => {
    const page = await extension.context.newPage();
    await page.goto(LINKEDIN_RECRUITER.url);
    const ready = await waitForReadyPanel(page);
    await expect.poll(() => ready.locator('.who-name').textContent()).toBe('Ines Halvorsen');
    expect(['strong', 'potential']).toContain(await ready.locator('[data-testid="verdict"]').getAttribute('data-verdict'));
    await ready.locator('[data-testid="shipcheck-save"]').click();
    await expect.poll(async () => (await stored()).records.map(([key]) => key)).toContain('candidate:linkedin:ines-halvorsen-ml');
    await page.close();
  });

  it('on the feed and in Sales Navigator, the shortcut says which pages are screened', async () => {
    const page = await extension.context.newPage();
    for (const [fixture, said] of [
      [LINKEDIN_FEED, 'This is the feed, not a profile.'],
      [SALES_NAVIGATOR, 'This is Sales Navigator, not a profile.'],
    ] as const) {
      await page.goto(fixture.url);
      await page.waitForTimeout(800);
      expect(await panel(page).count()).toBe(0);
      await pressShortcut(extension);
      await expect.poll(() => panel(page).getAttribute('data-state')).toBe('error');
      const text = (await panel(page).textContent()) ?? '';
      expect(text).toContain(said);
      expect(text).toContain('LinkedIn member profiles (linkedin.com/in/…)');
      if (fixture === LINKEDIN_FEED) await page.screenshot({ path: `${SCREENSHOTS}/panel-linkedin-unsupported.png` });
      await pressShortcut(extension);
      await expect.poll(() => panel(page).count()).toBe(0);
    }
    await page.close();
  });
});
