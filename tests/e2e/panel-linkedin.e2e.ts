import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type LaunchedExtension } from './support/launch-extension';
import {
  compact,
  LINKEDIN_A,
  LINKEDIN_DETAILS,
  pageHighlights,
  SCREENSHOTS,
  serveFixtures,
  type ServedFixtures,
  waitForReadyPanel,
  expandDetails,
} from './support/panel-page';

describe('panel on a LinkedIn profile', () => {
  let extension: LaunchedExtension;
  let served: ServedFixtures;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    extension = await launchExtension();
    served = await serveFixtures(extension.context, [LINKEDIN_A, LINKEDIN_DETAILS]);
    page = await extension.context.newPage();
    await page.goto(LINKEDIN_A.url);
  });

  afterAll(async () => {
    await extension?.close();
  });

  it('shows the verdict, the score and the top flags', async () => {
    const panel = await waitForReadyPanel(page);
    const verdict = await panel.locator('[data-testid="verdict"]').getAttribute('data-verdict');
    expect(['strong', 'potential']).toContain(verdict);
    expect(Number(await panel.locator('[data-testid="score"]').textContent())).toBeGreaterThan(40);
    await expect.poll(() => panel.locator('.who-name').textContent()).toBe('Ada Kowalczyk');
    expect(await panel.locator('ul[aria-label="Flags"] > li, p.muted').count()).toBeGreaterThan(0);
    await page.screenshot({ path: `${SCREENSHOTS}/panel-linkedin.png` });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: `${SCREENSHOTS}/panel-linkedin-dark.png` });
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('says the analysis is incomplete and links to the page that lists every role', async () => {
    const banner = page.locator('[data-testid="incomplete-banner"]');
    await expect.poll(() => banner.count()).toBe(1);
    const hrefs = await banner.locator('a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    expect(hrefs).toContain('https://www.linkedin.com/in/ada-kowalczyk-ml/details/experience/');
  });

  it('highlights the sentences of a checklist item in the page without changing its DOM', async () => {
    const panel = await waitForReadyPanel(page);
    const bodyBefore = await page.evaluate(() => document.body.innerHTML);
    await expandDetails(panel);
    const item = panel
      .locator('[data-check][data-status="pass"]')
      .filter({ has: page.locator('button.toggle') })
      .first();
    const quote = (await item.locator('blockquote').first().textContent()) ?? '';
    await item.locator('button.toggle').click();
    await expect.poll(async () => Object.keys(await pageHighlights(page)).length).toBeGreaterThan(0);
    const highlighted = Object.values(await pageHighlights(page)).flat();
    const quoted = compact(quote.replace(/^“/, '').split('”')[0]);
    expect(highlighted.some((text) => compact(text) === quoted)).toBe(true);
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(bodyBefore);

    await panel.getByRole('button', { name: 'Next highlight' }).click();
    await expect.poll(async () => (await pageHighlights(page))['sc-current']?.length ?? 0).toBe(1);
    await page.waitForTimeout(800); // let the smooth scroll to the highlight finish
    await page.screenshot({ path: `${SCREENSHOTS}/panel-linkedin-highlights.png` });

    // The site re-renders the profile (same text, new nodes): the highlights follow the new text
    // (ranges over the replaced nodes would collapse onto their parent and paint nothing).
    const connected = () =>
      page.evaluate(() => {
        const ranges: Range[] = [];
        CSS.highlights.forEach((highlight) => highlight.forEach((range) => ranges.push(range as Range)));
        return ranges.length > 0 && ranges.every((range) => !range.collapsed && range.startContainer.nodeType === Node.TEXT_NODE);
      });
    await page.evaluate(() => {
      const html = document.body.innerHTML;
      document.body.innerHTML = html;
    });
    await expect.poll(connected, { timeout: 5_000 }).toBe(true);

    await panel.getByRole('switch', { name: 'Highlights in page' }).click();
    await expect.poll(async () => Object.keys(await pageHighlights(page)).length).toBe(0);
  });

  it('highlights a flag and a tool over text that is on the page', async () => {
    const panel = await waitForReadyPanel(page);
    await panel.getByRole('tab', { name: /Tools/ }).click();
    const chip = panel.locator('.chip-used').first();
    const tool = (await chip.textContent()) ?? '';
    await chip.click();
    await expect.poll(async () => (await pageHighlights(page))['sc-tool']?.length ?? 0).toBeGreaterThan(0);
    await panel.locator('[role="tabpanel"] blockquote').first().waitFor();
    const sentences = (await pageHighlights(page))['sc-tool'];
    expect(sentences.some((text) => text.toLowerCase().includes(tool.toLowerCase().slice(0, 3)))).toBe(true);
    await chip.click();
    await expect.poll(async () => Object.keys(await pageHighlights(page)).length).toBe(0);
  });

  it('finds every quoted sentence of every item in the page', async () => {
    const panel = await waitForReadyPanel(page);
    await expandDetails(panel);
    for (const tab of ['Checklist', 'Outcomes', 'Production', 'Buzzwords', 'Flags']) {
      await panel.getByRole('tab', { name: new RegExp(tab) }).click();
      const off = panel.locator('[role="tabpanel"] button.toggle[aria-pressed="false"]');
      while ((await off.count()) > 0) await off.first().click();
    }
    const toolbar = panel.getByRole('toolbar', { name: 'Page highlights' });
    expect(Number(await toolbar.getAttribute('data-found'))).toBeGreaterThan(10);
    expect(await toolbar.getAttribute('data-missing')).toBe('0');
    await panel.getByRole('switch', { name: 'Highlights in page' }).click();
    await expect.poll(async () => Object.keys(await pageHighlights(page)).length).toBe(0);
  });

  it('collapses to a badge and remembers it on the next page', async () => {
    const panel = await waitForReadyPanel(page);
    await panel.getByRole('button', { name: 'Collapse to badge' }).click();
    await page.locator('[data-testid="badge"]').waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}/panel-linkedin-badge.png` });
    await page.reload();
    await page.locator('[data-testid="badge"]').waitFor();
    await page.locator('[data-testid="badge"]').click();
    await waitForReadyPanel(page);
  });

  it('is keyboard operable: tabs move with the arrow keys', async () => {
    const panel = await waitForReadyPanel(page);
    await expandDetails(panel);
    await panel.getByRole('tab', { selected: true }).focus();
    const before = await panel.getByRole('tab', { selected: true }).textContent();
    await page.keyboard.press('ArrowRight');
    expect(await panel.getByRole('tab', { selected: true }).textContent()).not.toBe(before);
  });

  it('moves when dragged by its header and keeps the place after a reload', async () => {
    const panel = await waitForReadyPanel(page);
    const header = panel.locator('.header');
    const box = (await header.boundingBox())!;
    await page.mouse.move(box.x + 40, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x - 300, box.y + 120, { steps: 5 });
    await page.mouse.up();
    const moved = (await header.boundingBox())!;
    expect(moved.x).toBeLessThan(box.x - 200);
    await page.reload();
    const again = (await (await waitForReadyPanel(page)).locator('.header').boundingBox())!;
    expect(Math.abs(again.x - moved.x)).toBeLessThan(2);
  });

  it('screens the details page that lists every role', async () => {
    await page.goto(LINKEDIN_DETAILS.url);
    const panel = await waitForReadyPanel(page);
    expect(await panel.locator('[data-testid="verdict"]').count()).toBe(1);
    expect(served.unexpected()).toEqual([]);
  });
});
