import { mkdirSync, readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type LaunchedExtension } from './support/launch-extension';
import { sidePanelUrl } from './support/measure-sidepanel';
import { expandDetails, FIXTURES, LINKEDIN_A, pageHighlights, SCREENSHOTS, serveFixtures, type ServedFixtures, waitForReadyPanel } from './support/panel-page';

// Invented pages that reproduce what recruiters reported (see the comment at the top of each fixture).
const LINKEDIN_GROUPED = { url: 'https://www.linkedin.com/in/mira-castellanos-data/', file: `${FIXTURES}/linkedin/grouped-roles-first-degree.html` };
const GITHUB_SPARSE = { url: 'https://github.com/tkovac-dev', file: `${FIXTURES}/github/sparse-user-profile.html` };
const SAMPLE_RESUME = readFileSync(new URL('../../samples/sample-resume.txt', import.meta.url), 'utf8');

/** "5 buzzwords or vague phrases (“a” ×2, “b” and 2 more) against …": the count and what the list adds up to. */
function countedAndListed(message: string): { counted: number; listed: number } {
  const match = /^(\d+) buzzwords or vague phrases \((.*)\) against/.exec(message);
  if (!match) throw new Error(`not a buzzword flag: ${message}`);
  const [, counted, list] = match;
  const more = Number(/ and (\d+) more$/.exec(list)?.[1] ?? 0);
  const terms = list.replace(/ and \d+ more$/, '').split(/, (?=“)/);
  const listed = terms.reduce((sum, term) => sum + Number(/×(\d+)$/.exec(term)?.[1] ?? 1), 0) + more;
  return { counted: Number(counted), listed };
}

describe('what the panel says is true and says why', () => {
  let extension: LaunchedExtension;
  let served: ServedFixtures;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    extension = await launchExtension();
    served = await serveFixtures(extension.context, [LINKEDIN_A, LINKEDIN_GROUPED, GITHUB_SPARSE]);
  });

  afterAll(async () => {
    await extension?.close();
  });

  const open = async (url: string, height = 900): Promise<{ page: Page; panel: Locator }> => {
    const page = await extension.context.newPage();
    await page.setViewportSize({ width: 1280, height });
    await page.goto(url);
    return { page, panel: await waitForReadyPanel(page) };
  };

  it('states the reason of a Not-a-fit verdict in one line, visible without scrolling in a 720 px window', async () => {
    const { page, panel } = await open(LINKEDIN_GROUPED.url, 720);
    expect(await panel.locator('[data-testid="verdict"]').textContent()).toBe('Not a fit');
    const reason = panel.locator('[data-testid="verdict-reason"]');
    expect(await reason.textContent()).toMatch(/^Why: \S/);
    const box = (await reason.boundingBox())!;
    const body = (await panel.locator('.body').boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(Math.min(720, body.y + body.height));
    expect(await panel.locator('.body').evaluate((element) => element.scrollTop)).toBe(0);
    await page.screenshot({ path: `${SCREENSHOTS}/panel-reason-720.png` });
    await page.close();
  });

  it('reads the headline, not the connection degree, and counts shown experiences as LinkedIn does', async () => {
    const { page, panel } = await open(LINKEDIN_GROUPED.url);
    expect(await panel.locator('.who-headline').textContent()).toBe('Head of Data Insights at Quillon Freight | Analytics strategy · Stakeholder management');
    const banner = await panel.locator('[data-testid="incomplete-banner"]').textContent();
    expect(banner).toContain('3 of 4 experience entries shown');
    expect(banner).not.toContain('5 of 4');
    await page.close();
  });

  it('lists every buzzword it counted, and prints density per 100 words', async () => {
    const { page, panel } = await open(LINKEDIN_GROUPED.url);
    const message = (await panel.locator('[data-mover="flag:buzzword-heavy"] .mover-label').textContent())!;
    const { counted, listed } = countedAndListed(message);
    expect(listed).toBe(counted);
    await expandDetails(panel);
    await panel.getByRole('tab', { name: 'Buzzwords' }).click();
    const line = (await panel.locator('[data-testid="buzzword-density"]').textContent())!;
    const [, count, words, density] = /^(\d+) buzzwords? in (\d+) words · (\d+\.\d) per 100 words$/.exec(line) ?? [];
    expect(Math.abs(Number(density) - (Number(count) * 100) / Number(words))).toBeLessThan(0.06);
    expect(line).not.toContain('%');
    await page.close();
  });

  it('opens each item that moved the score onto its quote and its highlight in the page', async () => {
    const { page, panel } = await open(LINKEDIN_A.url);
    const movers = panel.locator('[data-mover]');
    expect(await movers.count()).toBeGreaterThanOrEqual(2);
    expect(await movers.count()).toBeLessThanOrEqual(3);
    const first = movers.first().locator('button.mover-button');
    await first.click();
    expect(await first.getAttribute('aria-expanded')).toBe('true');
    expect((await movers.first().locator('blockquote').first().textContent())?.length).toBeGreaterThan(10);
    await expect.poll(async () => Object.values(await pageHighlights(page)).flat().length).toBeGreaterThan(0);
    await page.screenshot({ path: `${SCREENSHOTS}/panel-movers.png` });
    await first.click();
    await expect.poll(async () => Object.values(await pageHighlights(page)).flat().length).toBe(0);
    await page.close();
  });

  it('shows Not enough evidence on a profile that describes no work: no score, what was not read, what to open next', async () => {
    const { page, panel } = await open(GITHUB_SPARSE.url);
    expect(await panel.locator('[data-testid="verdict"]').textContent()).toBe('Not enough evidence');
    expect(await panel.locator('[data-testid="score"]').count()).toBe(0);
    expect(await panel.locator('[data-testid="verdict-reason"]').textContent()).toMatch(
      /^Why: The page lists \d+ repositories but has almost no prose about the work/,
    );
    expect(await panel.locator('[data-testid="unread"] li').count()).toBeGreaterThan(0);
    expect(await panel.locator('[data-testid="open-next"] a').first().getAttribute('href')).toBe('https://github.com/tkovac-dev?tab=repositories');
    await page.screenshot({ path: `${SCREENSHOTS}/panel-insufficient.png` });
    await panel.getByRole('button', { name: 'Collapse to badge' }).click();
    const badge = page.locator('[data-testid="badge"]');
    expect(await badge.textContent()).toContain('Not enough evidence');
    expect(await badge.textContent()).not.toMatch(/\d/);
    expect(await badge.getAttribute('aria-label')).toBe('Shipcheck: Not enough evidence. Expand');
    await badge.click();
    await waitForReadyPanel(page);
    await page.close();
    expect(served.unexpected()).toEqual([]);
  });

  describe('PDF page', () => {
    const openPdfPage = async () => {
      const page = await extension.context.newPage();
      await page.goto(`chrome-extension://${extension.extensionId}/pdf.html`);
      return page;
    };

    it('shows a scanned PDF as Not enough evidence with its own note, not as an error', async () => {
      const page = await openPdfPage();
      await page.locator('[data-testid="pdf-input"]').setInputFiles(`${FIXTURES}/pdf/scanned-no-text.pdf`);
      const panel = await waitForReadyPanel(page, 20_000);
      expect(await panel.locator('[data-testid="verdict"]').getAttribute('data-verdict')).toBe('insufficient');
      expect(await panel.locator('[data-testid="unread"]').textContent()).toContain('no text layer');
      expect(await panel.locator('[data-testid="open-next"]').textContent()).toContain('Paste the resume text into the box on this page');
      expect(await page.locator('[data-testid="pdf-error"]').count()).toBe(0);
      await page.screenshot({ path: `${SCREENSHOTS}/pdf-page-scanned.png` });
      await page.close();
    });

    it('offers the paste box it has when a PDF cannot be read, and never a paste box that is not there', async () => {
      const page = await openPdfPage();
      await page.locator('[data-testid="pdf-input"]').setInputFiles(`${FIXTURES}/pdf/corrupt.pdf`);
      const error = page.locator('[data-testid="pdf-error"]');
      await error.waitFor({ timeout: 20_000 });
      expect(await error.textContent()).not.toMatch(/or paste the text/i);
      await error.getByRole('button', { name: 'Paste its text instead' }).click();
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('paste-text');
      await page.close();
    });

    it('screens pasted text like a PDF, and an empty paste as Not enough evidence', async () => {
      const page = await openPdfPage();
      await page.locator('[data-testid="paste-screen"]').click();
      let panel = await waitForReadyPanel(page);
      expect(await panel.locator('[data-testid="verdict"]').getAttribute('data-verdict')).toBe('insufficient');
      await page.locator('[data-testid="paste-text"]').fill(SAMPLE_RESUME);
      await page.locator('[data-testid="paste-screen"]').click();
      await expect.poll(() => page.locator('[data-testid="verdict"]').getAttribute('data-verdict')).not.toBe('insufficient');
      panel = await waitForReadyPanel(page);
      expect(await panel.locator('[data-testid="verdict-reason"]').textContent()).toMatch(/^Why/);
      expect((await page.locator('[data-testid="resume-text"]').textContent())?.length).toBeGreaterThan(300);
      await page.close();
    });
  });

  it('screens pasted text in the side panel, and a saved Not-enough-evidence row shows no score', async () => {
    const page = await extension.context.newPage();
    await page.setViewportSize({ width: 420, height: 900 });
    await page.goto(sidePanelUrl(extension.extensionId));
    await page.locator('[data-testid="open-paste"]').click();
    await page.locator('[data-testid="paste-text"]').fill('Jane Roe\nEngineer');
    await page.locator('[data-testid="paste-screen"]').click();
    const panel = await waitForReadyPanel(page);
    expect(await panel.locator('[data-testid="verdict"]').textContent()).toBe('Not enough evidence');
    await panel.locator('[data-testid="shipcheck-save"]').click();
    const row = page.locator('[data-testid="candidate-row"]').first();
    await row.waitFor();
    expect(await row.locator('[data-testid="row-verdict"]').textContent()).toBe('Not enough evidence');
    expect(await row.locator('.sc-score__value').count()).toBe(0);
    await expect.poll(() => row.locator('[data-testid="row-reason"]').textContent()).toMatch(/^Why: \S/);

    await page.locator('[data-testid="paste-text"]').fill(SAMPLE_RESUME);
    await page.locator('[data-testid="paste-screen"]').click();
    await expect.poll(() => panel.locator('[data-testid="verdict"]').getAttribute('data-verdict')).not.toBe('insufficient');
    await waitForReadyPanel(page);
    await page.locator('section[aria-label="Shipcheck screening"] [data-testid="shipcheck-save"]').click();
    await expect.poll(() => page.locator('[data-testid="candidate-row"]').count()).toBe(2);
    const judged = page.locator('[data-testid="candidate-row"]').filter({ has: page.locator('[data-verdict]:not([data-verdict="insufficient"])') });
    expect(Number(await judged.locator('.sc-score__value').textContent())).toBeGreaterThan(0);
    await expect.poll(() => judged.locator('[data-testid="row-reason"]').textContent()).toMatch(/^Why/);
    await page.screenshot({ path: `${SCREENSHOTS}/sidepanel-paste.png` });
    await page.close();
  });

  it('checks must-have tools against the catalogue as they are typed', async () => {
    const options = await extension.context.newPage();
    await options.goto(`chrome-extension://${extension.extensionId}/options.html`);
    const field = options.getByLabel('Must-have tools');
    await field.fill('PyTorch, ADF, Kubernets, Quantum Abacus');
    const checks = options.locator('[data-testid="must-have-checks"]');
    await expect.poll(() => checks.textContent()).toContain('ADF is read as Azure Data Factory.');
    expect(await checks.textContent()).toContain('Quantum Abacus: not a tool Shipcheck knows');
    await options.screenshot({ path: `${SCREENSHOTS}/options-must-have.png`, fullPage: true });
    await checks.getByRole('button', { name: 'Kubernetes' }).click();
    expect(await field.inputValue()).toBe('PyTorch, ADF, Kubernetes, Quantum Abacus');
    await options.getByRole('button', { name: 'Save' }).click();
    await options.getByText('Saved.').waitFor();
    expect(await field.inputValue()).toBe('PyTorch, Azure Data Factory, Kubernetes, Quantum Abacus');
    await options.close();
  });
});
