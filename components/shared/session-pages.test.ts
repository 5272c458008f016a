import { describe, expect, it } from 'vitest';
import type { CandidateDocument } from '../../lib/model/candidate-document';
import { KEEP_PEOPLE, rememberPage, type PagesArea } from './session-pages';

function memoryArea(): PagesArea & { items: Map<string, unknown> } {
  const items = new Map<string, unknown>();
  return {
    items,
    async get(keys) {
      return Object.fromEntries(keys.filter((key) => items.has(key)).map((key) => [key, structuredClone(items.get(key))]));
    },
    async set(batch) {
      for (const [key, value] of Object.entries(batch)) items.set(key, structuredClone(value));
    },
    async remove(keys) {
      for (const key of keys) items.delete(key);
    },
  };
}

const doc = (url: string): CandidateDocument => ({
  source: 'linkedin',
  url,
  capturedAt: '2026-01-01T00:00:00.000Z',
  person: { links: [] },
  sections: [],
  incomplete: [],
  warnings: [],
});

describe('rememberPage', () => {
  it('returns every page of the person read so far, the newest read of a page replacing the older', async () => {
    const area = memoryArea();
    await rememberPage('linkedin:nora-quist', 'profile', doc('https://www.linkedin.com/in/nora-quist/'), area);
    const both = await rememberPage('linkedin:nora-quist', 'experience', doc('https://www.linkedin.com/in/nora-quist/details/experience/'), area);
    expect(both.map((page) => page.url)).toEqual(['https://www.linkedin.com/in/nora-quist/', 'https://www.linkedin.com/in/nora-quist/details/experience/']);
    const again = await rememberPage(
      'linkedin:nora-quist',
      'profile',
      { ...doc('https://www.linkedin.com/in/nora-quist/'), capturedAt: '2026-01-02T00:00:00.000Z' },
      area,
    );
    expect(again).toHaveLength(2);
    expect(again[0].capturedAt).toBe('2026-01-02T00:00:00.000Z');
  });

  it('keeps people apart', async () => {
    const area = memoryArea();
    await rememberPage('linkedin:nora-quist', 'profile', doc('https://www.linkedin.com/in/nora-quist/'), area);
    expect(await rememberPage('linkedin:otto-brask', 'profile', doc('https://www.linkedin.com/in/otto-brask/'), area)).toHaveLength(1);
  });

  it(`keeps the pages of the last ${KEEP_PEOPLE} people read and drops the least recent`, async () => {
    const area = memoryArea();
    for (let n = 0; n <= KEEP_PEOPLE; n++) await rememberPage(`linkedin:person-${n}`, 'profile', doc(`https://www.linkedin.com/in/person-${n}/`), area);
    expect(area.items.has('shipcheck:pages:linkedin:person-0')).toBe(false);
    expect(area.items.has('shipcheck:pages:linkedin:person-1')).toBe(true);
    expect([...area.items.keys()].filter((key) => key.startsWith('shipcheck:pages:'))).toHaveLength(KEEP_PEOPLE);
  });

  it('starts over from a stored value it cannot read', async () => {
    const area = memoryArea();
    await area.set({ 'shipcheck:pages:linkedin:nora-quist': 'garbage', 'shipcheck:pages-index': { not: 'a list' } });
    expect(await rememberPage('linkedin:nora-quist', 'profile', doc('https://www.linkedin.com/in/nora-quist/'), area)).toHaveLength(1);
  });
});
