import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Block } from '../model/candidate-document';
import { createCandidateStore } from './candidate-store';
import { SAVED_BLOCK_CHARS, SAVED_BLOCKS_PER_SECTION, SAVED_TEXT_CHARS, saveDocument, SavedDocument } from './saved-document';
import { snapshotKey, type StorageAreaLike } from './storage-area';
import { sampleDocument, sampleScreening } from './synthetic-candidates';

const role: Block = {
  id: 'experience-0',
  text: 'Built the ranking service in PyTorch.',
  title: 'ML Engineer',
  org: 'Examplecorp',
  dates: { raw: 'Mar 2021 – Present', start: { year: 2021, month: 3 }, end: 'present' },
};

const document = sampleDocument('ada-example', {
  person: { name: 'Ada Example', headline: 'ML Engineer', location: 'Lisbon, Portugal', links: ['mailto:ada@example.com'] },
  sections: [
    { kind: 'experience', heading: 'Experience', blocks: [role] },
    { kind: 'certifications', heading: 'Licenses', blocks: [{ id: 'c-0', text: 'Cloud badge' }] },
    { kind: 'skills', heading: 'Skills', blocks: [{ id: 's-0', text: 'x'.repeat(SAVED_BLOCK_CHARS * 3) }] },
    { kind: 'projects', heading: 'Projects', blocks: Array.from({ length: SAVED_BLOCKS_PER_SECTION + 5 }, (_, i) => ({ id: `p-${i}`, text: `Project ${i}` })) },
  ],
});

describe('saveDocument', () => {
  it('keeps person, roles with their dates, and only the sections an export fills', () => {
    const saved = saveDocument(document);
    expect(saved.person).toEqual({ name: 'Ada Example', headline: 'ML Engineer', location: 'Lisbon, Portugal', links: ['mailto:ada@example.com'] });
    expect(saved.sections.map((s) => s.kind)).toEqual(['experience', 'skills', 'projects']);
    expect(saved.sections[0].blocks[0]).toEqual({ text: role.text, title: 'ML Engineer', org: 'Examplecorp', dates: role.dates });
  });

  it('stays bounded: long text shortened, long lists cut, and the result passes its own schema', () => {
    const saved = saveDocument(document);
    expect(saved.sections[1].blocks[0].text).toHaveLength(SAVED_BLOCK_CHARS);
    expect(saved.sections[2].blocks).toHaveLength(SAVED_BLOCKS_PER_SECTION);
    expect(SavedDocument.safeParse(saved).success).toBe(true);
  });

  it('keeps whole blocks, in order, until the text budget of one document is spent', () => {
    const long = (kind: 'experience' | 'projects', n: number) => ({
      kind,
      heading: kind,
      blocks: Array.from({ length: n }, (_, i) => ({ id: `${kind}-${i}`, text: `${i} `.padEnd(SAVED_BLOCK_CHARS, 'x') })),
    });
    const saved = saveDocument(sampleDocument('long-example', { sections: [long('experience', 10), long('projects', SAVED_BLOCKS_PER_SECTION)] }));
    const texts = saved.sections.flatMap((section) => section.blocks.map((block) => block.text));
    expect(texts).toHaveLength(Math.floor(SAVED_TEXT_CHARS / SAVED_BLOCK_CHARS));
    expect(saved.sections.map((section) => section.blocks.length)).toEqual([10, Math.floor(SAVED_TEXT_CHARS / SAVED_BLOCK_CHARS) - 10]);
  });
});

describe('saving a candidate', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps the compact document beside the screening, for exports', async () => {
    const store = createCandidateStore(fakeBrowser.storage.local as unknown as StorageAreaLike, { quotaBytes: null });
    const { record } = await store.saveScreening(document, sampleScreening());
    const snapshots = await store.snapshotsOf(record);
    expect(snapshots['linkedin:ada-example'].document).toEqual(saveDocument(document));
  });
});

describe('candidates saved when a range kept its ends as text', () => {
  const textEnds = (dates: object) => ({
    source: 'linkedin',
    person: { links: [] },
    sections: [{ kind: 'experience', heading: 'Experience', blocks: [{ text: 'Built.', dates }] }],
  });
  const datesOf = (stored: object) => SavedDocument.parse(textEnds(stored)).sections[0].blocks[0].dates;

  it.each([
    [
      { raw: 'Mar 2021 – Present', start: '2021-03', end: 'present' },
      { raw: 'Mar 2021 – Present', start: { year: 2021, month: 3 }, end: 'present' },
    ],
    [
      { raw: '2016 – 2018', start: '2016', end: '2018' },
      { raw: '2016 – 2018', start: { year: 2016 }, end: { year: 2018 } },
    ],
    [
      { raw: 'Issued Mar 2023', start: '2023-03' },
      { raw: 'Issued Mar 2023', start: { year: 2023, month: 3 }, end: undefined },
    ],
    [
      { raw: 'Spring – Now', end: 'present' },
      { raw: 'Spring – Now', end: 'present' },
    ],
  ])('%o is read as a parsed range', (stored, expected) => {
    expect(datesOf(stored)).toEqual(expected);
  });

  it('are read by the store as parsed ranges', async () => {
    fakeBrowser.reset();
    const area = fakeBrowser.storage.local as unknown as StorageAreaLike;
    const store = createCandidateStore(area, { quotaBytes: null });
    const { record } = await store.saveScreening(document, sampleScreening());
    const key = snapshotKey('linkedin:ada-example');
    const stored = (await area.get([key]))[key] as { document: { sections: { blocks: { dates?: object }[] }[] } };
    stored.document.sections[0].blocks[0].dates = { raw: 'Mar 2021 – Present', start: '2021-03', end: 'present' };
    await area.set({ [key]: stored });
    const snapshots = await store.snapshotsOf(record);
    expect(snapshots['linkedin:ada-example'].document?.sections[0].blocks[0].dates).toEqual(role.dates);
  });
});
