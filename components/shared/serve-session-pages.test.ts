import { afterEach, describe, expect, it, vi } from 'vitest';

const testChrome = await vi.hoisted(async () => (await import('../../lib/messaging/test-runtime-messaging')).installTestChrome());

const { rememberPage, serveSessionPages } = await import('./session-pages');
type PagesArea = import('./session-pages').PagesArea;
type CandidateDocument = import('../../lib/model/candidate-document').CandidateDocument;

const setAccessLevel = vi.fn(async (_options: { accessLevel: string }) => undefined);
(testChrome.chrome.storage.session as unknown as { setAccessLevel: typeof setAccessLevel }).setAccessLevel = setAccessLevel;

const OPEN = { accessLevel: 'TRUSTED_AND_UNTRUSTED_CONTEXTS' };

/** storage.session as a content script finds it: closed until the background has opened it. */
function sessionArea(): PagesArea {
  const items = new Map<string, unknown>();
  const open = () => setAccessLevel.mock.calls.length > 1;
  return {
    async get(keys) {
      if (!open()) throw new Error('Access to storage is not allowed from this context.');
      return Object.fromEntries(keys.filter((key) => items.has(key)).map((key) => [key, items.get(key)]));
    },
    async set(batch) {
      for (const [key, value] of Object.entries(batch)) items.set(key, value);
    },
    async remove(keys) {
      for (const key of keys) items.delete(key);
    },
  };
}

const doc: CandidateDocument = {
  source: 'linkedin',
  url: 'https://www.linkedin.com/in/nora-quist/',
  capturedAt: '2026-01-01T00:00:00.000Z',
  person: { links: [] },
  sections: [],
  incomplete: [],
  warnings: [],
};

describe('serveSessionPages', () => {
  let stop: (() => void) | undefined;

  afterEach(() => {
    stop?.();
    setAccessLevel.mockClear();
  });

  it('opens storage.session when the background starts, and again when a content script found it closed', async () => {
    stop = serveSessionPages();
    expect(setAccessLevel).toHaveBeenCalledWith(OPEN);
    expect(await rememberPage('linkedin:nora-quist', 'profile', doc, sessionArea())).toEqual([doc]);
    expect(setAccessLevel).toHaveBeenCalledTimes(2);
  });

  it('refuses the request from another extension', async () => {
    stop = serveSessionPages();
    const reply = (await testChrome.deliverFrom({ id: 'some-other-extension' }, { id: 1, type: 'openSessionPages', data: undefined, timestamp: 0 })) as {
      err?: { message: string };
    };
    expect(reply.err?.message).toMatch(/did not come from Shipcheck/);
    expect(setAccessLevel).toHaveBeenCalledTimes(1);
  });
});
