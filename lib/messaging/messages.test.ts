import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CandidateDocument } from '../model/candidate-document';
import type { Screening } from '../model/screening';

const testChrome = await vi.hoisted(async () => (await import('./test-runtime-messaging')).installTestChrome());

const { answerScreenRequest, serveScreening } = await import('./handle-screen-request');
const { parseScreenReply } = await import('./messages');
const { isFromThisExtension, onMessage, sendMessage } = await import('./protocol');
const { requestScreening } = await import('./request-screening');

const document: CandidateDocument = {
  source: 'linkedin',
  url: 'https://www.linkedin.com/in/someone/',
  capturedAt: '2026-01-01T00:00:00.000Z',
  person: { name: 'Some One', links: [] },
  sections: [],
  incomplete: [],
  warnings: [],
};

const screening: Screening = {
  source: 'linkedin',
  role: 'ml-engineer',
  screenedAt: '2026-01-01T00:00:00.000Z',
  words: 0,
  evidence: [],
  tools: [],
  outcomes: [],
  production: { level: 'none', evidenceIds: [], searched: 'deployment' },
  buzzwords: { density: 0, count: 0, terms: [], ratio: 0, evidenceIds: [] },
  flags: [],
  checklist: [],
  score: 10,
  verdict: 'pass',
  reasons: [],
  incomplete: [],
};

let stop: Array<() => void> = [];
afterEach(() => {
  stop.forEach((remove) => remove());
  stop = [];
});

/** What the library puts on the wire for one message, as another extension could send it. */
const envelope = (type: string, data: unknown) => ({ id: 1, type, data, timestamp: Date.now() });

describe('answerScreenRequest', () => {
  it('answers a valid document with the screening', async () => {
    expect(await answerScreenRequest(document, () => screening)).toEqual({ ok: true, screening });
  });

  it.each([
    ['no document', undefined],
    ['a document with a wrong source', { ...document, source: 'myspace' }],
  ])('refuses %s with an error reply', async (_name, raw) => {
    expect(await answerScreenRequest(raw, () => screening)).toMatchObject({ ok: false, error: expect.stringMatching(/could not be read/) });
  });

  // Mutation check: this fails if the reply is sent without parseScreenReply (the page that asked no longer checks it).
  it('turns a screening that breaks the contract into an error reply, before it leaves the background', async () => {
    const reply = await answerScreenRequest(document, () => ({ ...screening, score: 'high' }) as unknown as Screening);
    expect(reply).toEqual({ ok: false, error: 'The screening engine sent a reply that could not be read.' });
  });

  it('turns an engine failure into an error reply', async () => {
    const reply = await answerScreenRequest(document, () => {
      throw new Error('boom');
    });
    expect(reply).toEqual({ ok: false, error: 'boom' });
  });
});

describe('parseScreenReply', () => {
  it('accepts a reply with a screening', () => {
    expect(parseScreenReply({ ok: true, screening })).toEqual({ ok: true, screening });
  });
  it('turns a malformed reply into an error reply', () => {
    expect(parseScreenReply({ ok: true, screening: { score: 'high' } }).ok).toBe(false);
  });
});

describe('the screen message, end to end through the runtime', () => {
  it('a content script gets the screening the background made', async () => {
    stop.push(serveScreening(() => screening));
    expect(await requestScreening(document)).toEqual({ ok: true, screening });
  });

  it.each([
    ['nothing', undefined],
    ['a reply without ok', { screening }],
    ['a success without a screening', { ok: true }],
    ['a failure without its reason', { ok: false }],
  ])('a content script reads %s from the background as an error reply', async (_name, raw) => {
    stop.push(onMessage('screen', () => raw as never));
    expect(await requestScreening(document)).toEqual({ ok: false, error: 'The screening engine sent a reply that could not be read.' });
  });

  it('says so when no background answers, instead of waiting forever', async () => {
    expect(await requestScreening(document)).toMatchObject({ ok: false, error: expect.stringMatching(/Receiving end does not exist/) });
  });

  // Mutation check: this fails if the sender check in onMessageFromExtension (protocol.ts) is removed.
  it('refuses a screen request from another extension (sender check)', async () => {
    const screen = vi.fn(() => screening);
    stop.push(serveScreening(screen));
    const reply = (await testChrome.deliverFrom({ id: 'some-other-extension' }, envelope('screen', document))) as { err?: { message: string } };
    expect(reply.err?.message).toMatch(/did not come from Shipcheck/);
    expect(screen).not.toHaveBeenCalled();
  });

  it('delivers the shortcut to a tab', async () => {
    const toggled = vi.fn();
    stop.push(onMessage('togglePanel', toggled));
    await sendMessage('togglePanel', undefined, 7);
    expect(toggled).toHaveBeenCalledOnce();
  });
});

describe('isFromThisExtension', () => {
  it.each([
    [{ id: 'test-extension-id' }, true],
    [{ id: 'another-id' }, false],
    [{}, false],
    [undefined, false],
  ])('%j -> %s', (sender, expected) => {
    expect(isFromThisExtension(sender, 'test-extension-id')).toBe(expected);
  });
});
