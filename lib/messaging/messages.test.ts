import { describe, expect, it } from 'vitest';
import type { CandidateDocument } from '../model/candidate-document';
import type { Screening } from '../model/screening';
import { handleScreenRequest, isScreenRequest } from './handle-screen-request';
import { parseScreenResponse, screenRequest } from './messages';

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

describe('handleScreenRequest', () => {
  it('answers a valid request with the screening', async () => {
    const reply = await handleScreenRequest(screenRequest(document, 'r1'), () => screening);
    expect(reply).toEqual({ ok: true, requestId: 'r1', screening });
  });

  it.each([
    ['another message type', { type: 'other' }],
    ['a request without a document', { type: 'shipcheck:screen', requestId: 'r1' }],
    ['a document with a wrong source', { ...screenRequest(document, 'r1'), document: { ...document, source: 'myspace' } }],
    ['nothing', undefined],
  ])('ignores %s', async (_name, raw) => {
    expect(await handleScreenRequest(raw, () => screening)).toBeUndefined();
  });

  it('turns an engine failure into an error reply', async () => {
    const reply = await handleScreenRequest(screenRequest(document, 'r2'), () => {
      throw new Error('boom');
    });
    expect(reply).toEqual({ ok: false, requestId: 'r2', error: 'boom' });
  });

  it.each([
    [screenRequest(document, 'x'), true],
    [{ type: 'shipcheck:toggle-panel' }, false],
    ['shipcheck:screen', false],
  ])('recognises %j as a screen request: %s', (raw, expected) => {
    expect(isScreenRequest(raw)).toBe(expected);
  });
});

describe('parseScreenResponse', () => {
  it('accepts a matching reply', () => {
    expect(parseScreenResponse({ ok: true, requestId: 'a', screening }, 'a')).toEqual({ ok: true, requestId: 'a', screening });
  });
  it('rejects a reply to another request', () => {
    expect(parseScreenResponse({ ok: true, requestId: 'b', screening }, 'a').ok).toBe(false);
  });
  it('rejects a malformed reply', () => {
    expect(parseScreenResponse({ ok: true, requestId: 'a', screening: { score: 'high' } }, 'a').ok).toBe(false);
  });
});
