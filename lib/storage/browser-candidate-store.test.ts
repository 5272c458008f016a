import { describe, expect, it, vi } from 'vitest';

const testChrome = await vi.hoisted(async () => (await import('../messaging/test-runtime-messaging')).installTestChrome());

const { sampleDocument, sampleScreening } = await import('./synthetic-candidates');

describe('the extension store', () => {
  it('a page save travels to the background that serves writes, and lands in storage.local', async () => {
    const { browserCandidateStore, serveCandidateStoreWrites } = await import('./browser-candidate-store');
    serveCandidateStoreWrites();
    const saved = await browserCandidateStore().saveScreening(sampleDocument('ada-example'), sampleScreening());
    expect(saved.created).toBe(true);
    expect(Object.keys(await testChrome.chrome.storage.local.get(null))).toContain('candidate:linkedin:ada-example');
  });

  // Mutation check: this fails if the SERVING guard in serveCandidateStoreWrites is removed.
  it('a second copy of the module in the same worker does not answer too', async () => {
    const before = testChrome.listenerCount();
    vi.resetModules();
    const again = await import('./browser-candidate-store');
    again.serveCandidateStoreWrites();
    expect(testChrome.listenerCount()).toBe(before);
  });
});
