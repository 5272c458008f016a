import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type LaunchedExtension } from './support/launch-extension';
import {
  GITHUB_REPO,
  GITHUB_USER,
  pageHighlights,
  SCREENSHOTS,
  serveFixtures,
  type ServedFixtures,
  waitForReadyPanel,
  expandDetails,
} from './support/panel-page';

describe('panel on GitHub', () => {
  let extension: LaunchedExtension;
  let served: ServedFixtures;

  beforeAll(async () => {
    extension = await launchExtension();
    served = await serveFixtures(extension.context, [GITHUB_USER, GITHUB_REPO]);
  });

  afterAll(async () => {
    await extension?.close();
  });

  it('screens a user profile', async () => {
    const page = await extension.context.newPage();
    await page.goto(GITHUB_USER.url);
    const panel = await waitForReadyPanel(page);
    expect(await panel.locator('[data-testid="verdict"]').count()).toBe(1);
    await expandDetails(panel);
    await page.screenshot({ path: `${SCREENSHOTS}/panel-github-profile.png` });
    await page.close();
  });

  it('screens a repository and highlights its evidence', async () => {
    const page = await extension.context.newPage();
    await page.goto(GITHUB_REPO.url);
    const panel = await waitForReadyPanel(page);
    await expandDetails(panel);
    await panel.getByRole('tab', { name: /Tools/ }).click();
    const chips = panel.locator('.chip');
    if ((await chips.count()) > 0) {
      await chips.first().click();
      await expect.poll(async () => Object.keys(await pageHighlights(page)).length).toBeGreaterThan(0);
    }
    await page.screenshot({ path: `${SCREENSHOTS}/panel-github-repo.png` });
    await page.close();
    expect(served.unexpected()).toEqual([]);
  });
});
