import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type LaunchedExtension } from './support/launch-extension';
import { sidePanelUrl, storageGet } from './support/measure-sidepanel';
import { loadStoreInto, storeBundle, type StoreTestGlobal as TestGlobal } from './support/store-bundle';

function saveHundred(page: Page, prefix: string): Promise<unknown> {
  return page.evaluate(async (prefix) => {
    const { store, sampleDocument, sampleScreening } = (globalThis as unknown as TestGlobal).shipcheckTest;
    await Promise.all(
      Array.from({ length: 100 }, (_, i) => store.saveScreening(sampleDocument(`${prefix}-${i}`), sampleScreening({ name: `${prefix} ${i}` }))),
    );
  }, prefix);
}

describe('two extension pages writing candidates at once, in Chromium', () => {
  let extension: LaunchedExtension;
  let tabA: Page;
  let tabB: Page;

  beforeAll(async () => {
    extension = await launchExtension();
    const code = await storeBundle();
    // The background serves writes (a no-op when background.ts already does).
    await extension.serviceWorker.evaluate(code);
    tabA = await extension.context.newPage();
    tabB = await extension.context.newPage();
    for (const tab of [tabA, tabB]) {
      await tab.goto(sidePanelUrl(extension.extensionId));
      await loadStoreInto(tab, code);
    }
  });

  afterAll(async () => {
    await extension?.close();
  });

  it('keeps all 200 when each saves 100 candidates', async () => {
    await Promise.all([saveHundred(tabA, 'tab-a'), saveHundred(tabB, 'tab-b')]);
    const keys = Object.keys(await storageGet(extension.serviceWorker)).filter((key) => key.startsWith('candidate:'));
    expect(keys).toHaveLength(200);
  });

  it('keeps a note typed in one page and a status set in the other on the same candidate', async () => {
    const edit = (page: Page, patch: object) =>
      page.evaluate(async (patch) => {
        const { store } = (globalThis as unknown as TestGlobal).shipcheckTest;
        await store.update('linkedin:tab-a-0', patch);
      }, patch);
    await Promise.all([edit(tabA, { note: 'from A' }), edit(tabB, { status: 'shortlisted' }), edit(tabB, { tags: ['from-b'] })]);
    const record = (await storageGet(extension.serviceWorker))['candidate:linkedin:tab-a-0'];
    expect(record).toMatchObject({ note: 'from A', status: 'shortlisted', tags: ['from-b'] });
  });
});
