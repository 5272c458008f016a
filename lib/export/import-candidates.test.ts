import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { createCandidateStore } from '../storage/candidate-store';
import { EXAMPLE_RECORD_V3, EXAMPLE_SNAPSHOT_V2 } from '../storage/record-examples';
import type { StorageAreaLike } from '../storage/storage-area';
import { sampleDocument, sampleScreening } from '../storage/synthetic-candidates';
import { candidatesToJson, EXPORT_FORMAT } from './candidates-json';
import { describeImport, importCandidatesJson } from './import-candidates';

const area = fakeBrowser.storage.local as unknown as StorageAreaLike;
const store = () => createCandidateStore(area, { quotaBytes: null });

beforeEach(() => fakeBrowser.reset());

async function exportAll() {
  const { records } = await store().list();
  return candidatesToJson(await Promise.all(records.map(async (record) => ({ record, snapshots: await store().snapshotsOf(record) }))));
}

const comparable = (records: Array<Record<string, unknown>>) =>
  records.map(({ rev: _rev, ...rest }) => rest).sort((a, b) => String(a.key).localeCompare(String(b.key)));

describe('JSON export', () => {
  it('writes JSON Resume basics and the shipcheck annotation', async () => {
    await store().put(EXAMPLE_RECORD_V3, { 'linkedin:grace-example': EXAMPLE_SNAPSHOT_V2 });
    const file = JSON.parse(await exportAll());
    expect(file).toMatchObject({ format: EXPORT_FORMAT, version: 1 });
    expect(file.candidates[0].basics).toEqual({
      name: 'Grace Example',
      label: 'Senior ML Engineer, ranking',
      url: 'https://www.linkedin.com/in/grace-example/',
      profiles: [
        { network: 'LinkedIn', username: 'grace-example', url: 'https://www.linkedin.com/in/grace-example/' },
        { network: 'GitHub', username: 'grace-ex', url: 'https://github.com/grace-ex' },
      ],
    });
    expect(file.candidates[0].shipcheck.snapshots['linkedin:grace-example'].evidence[1].quote).toBe('Cut p95 latency from 90ms to 20ms.');
  });
});

describe('importCandidatesJson', () => {
  it('round-trips: an export imported into an empty profile gives the same records and snapshots', async () => {
    await store().put(EXAMPLE_RECORD_V3, { 'linkedin:grace-example': EXAMPLE_SNAPSHOT_V2 });
    const saved = await store().saveScreening(sampleDocument('ada-example'), sampleScreening());
    await store().update(saved.record.key, { note: 'Quote: "ship it", then =1+1', tags: ['x'] });
    const before = (await store().list()).records;
    const snapshotsBefore = await store().snapshotsOf(before.find((r) => r.key === saved.record.key)!);
    const json = await exportAll();

    fakeBrowser.reset();
    const report = await importCandidatesJson(json, store());
    expect(report.added).toHaveLength(2);
    expect(report.rejected).toEqual([]);
    const after = (await store().list()).records;
    expect(comparable(after)).toEqual(comparable(before));
    expect(await store().snapshotsOf(after.find((r) => r.key === saved.record.key)!)).toEqual(snapshotsBefore);
  });

  it('importing the same file twice adds nothing the second time', async () => {
    await store().put(EXAMPLE_RECORD_V3, { 'linkedin:grace-example': EXAMPLE_SNAPSHOT_V2 });
    const json = await exportAll();
    fakeBrowser.reset();
    await importCandidatesJson(json, store());
    const second = await importCandidatesJson(json, store());
    expect(second).toMatchObject({ added: [], updated: [], unchanged: [{ key: 'linkedin:grace-example' }] });
    expect((await store().list()).records).toHaveLength(1);
  });

  it('merges into the saved candidate found by any identity, keeping the local note and adding theirs', async () => {
    await store().put(EXAMPLE_RECORD_V3, {});
    const json = await exportAll();
    fakeBrowser.reset();
    await store().saveScreening(
      sampleDocument('grace-ex', { source: 'github', identity: { kind: 'github', id: 'grace-ex' }, url: 'https://github.com/grace-ex' }),
      sampleScreening({ source: 'github' }),
      { note: 'Local note' },
    );
    const report = await importCandidatesJson(json, store());
    expect(report.updated).toEqual([{ key: 'github:grace-ex', name: 'Grace Example' }]);
    const { records } = await store().list();
    expect(records).toHaveLength(1);
    expect(records[0].note).toBe(`Local note\n\n${EXAMPLE_RECORD_V3.note}`);
    expect(records[0].identities.sort()).toEqual(['github:grace-ex', 'linkedin:grace-example']);
  });

  it('rejects bad entries one by one with the reason, and imports the rest', async () => {
    await store().put(EXAMPLE_RECORD_V3, {});
    const file = JSON.parse(await exportAll());
    const good = file.candidates[0];
    file.candidates = [
      good,
      { basics: { name: 'No Annotation', profiles: [] } },
      { ...good, basics: { ...good.basics, name: 'Bad Status' }, shipcheck: { ...good.shipcheck, key: 'linkedin:bad', identities: ['linkedin:bad'], sources: [], status: 'hired' } },
      { ...good, basics: { ...good.basics, name: 'Odd Identity' }, shipcheck: { ...good.shipcheck, key: 'twitter:x', identities: ['twitter:x'], sources: [] } },
      'just a string',
    ];
    fakeBrowser.reset();
    const report = await importCandidatesJson(JSON.stringify(file), store());
    expect(report.added).toHaveLength(1);
    expect(report.rejected.map((r) => [r.index, r.name])).toEqual([
      [1, 'No Annotation'],
      [2, 'Bad Status'],
      [3, 'Odd Identity'],
      [4, undefined],
    ]);
    expect(report.rejected[1].reason).toMatch(/shipcheck\.status/);
    expect(report.rejected[2].reason).toMatch(/unknown identity "twitter:x"/);
    expect(describeImport(report)).toBe('Import: 1 added, 0 updated, 4 rejected.');
  });

  it.each([
    ['not JSON', '{oops', /not valid JSON/],
    ['another format', JSON.stringify({ format: 'jsonresume', candidates: [] }), /not a Shipcheck/],
    ['a newer version', JSON.stringify({ format: EXPORT_FORMAT, version: 9, exportedAt: '', candidates: [] }), /newer Shipcheck/],
    ['no candidate list', JSON.stringify({ format: EXPORT_FORMAT, version: 1, exportedAt: '' }), /damaged/],
  ])('refuses %s as a whole and imports nothing', async (_, text, message) => {
    const report = await importCandidatesJson(text, store());
    expect(report.fileError).toMatch(message);
    expect((await store().list()).records).toEqual([]);
  });
});
