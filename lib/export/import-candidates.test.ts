import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { memoryArea, saveInventedCandidates } from '../../tests/fixtures/exports/invented-candidates';
import type { CandidateRecord } from '../storage/candidate-record';
import { createCandidateStore } from '../storage/candidate-store';
import type { StorageAreaLike } from '../storage/storage-area';
import { candidatesToCsv } from './candidates-csv';
import { candidatesToJson, EXPORT_FORMAT, EXPORT_VERSION } from './candidates-json';
import { applyImport, describeImport, planImport, readImportFile, type ImportProgress } from './import-candidates';
import { MAX_IMPORT_BYTES, MAX_IMPORT_CANDIDATES } from './import-limits';

const NOW = new Date('2026-06-01T12:00:00.000Z');
const fixture = (name: string) => readFileSync(new URL(`../../tests/fixtures/exports/${name}`, import.meta.url), 'utf8');
const storeOn = (area: StorageAreaLike) => createCandidateStore(area, { quotaBytes: null, now: () => NOW });

async function everything(area: StorageAreaLike) {
  const store = storeOn(area);
  const { records } = await store.list();
  return Promise.all(records.map(async (record) => ({ record, snapshots: await store.snapshotsOf(record) })));
}

/** Records as a person compares them: without the per-write token, in key order. */
const comparable = (records: CandidateRecord[]) => records.map(({ rev: _rev, ...rest }) => rest).sort((a, b) => a.key.localeCompare(b.key));

async function importInto(area: StorageAreaLike, text: string, fileName: string) {
  return applyImport(readImportFile(text, fileName, NOW), storeOn(area), { now: NOW });
}

describe('JSON round trip', () => {
  it('an export imported into an empty profile gives the same records and snapshots, documents included', async () => {
    const saved = await saveInventedCandidates();
    const fresh = memoryArea();
    const report = await importInto(fresh, candidatesToJson(saved), 'export.json');
    expect(describeImport(report)).toBe('Import: 3 added, 0 updated.');
    const after = await everything(fresh);
    expect(comparable(after.map((e) => e.record))).toEqual(comparable(saved.map((e) => e.record)));
    for (const { record, snapshots } of saved) expect(after.find((e) => e.record.key === record.key)?.snapshots).toEqual(snapshots);
  });

  it('importing the same file twice changes nothing the second time', async () => {
    const json = candidatesToJson(await saveInventedCandidates());
    const area = memoryArea();
    await importInto(area, json, 'export.json');
    const before = await area.get(null);
    const second = await importInto(area, json, 'export.json');
    expect(describeImport(second)).toBe('Import: 0 added, 0 updated, 3 already up to date.');
    expect(await area.get(null)).toEqual(before);
  });

  it('reads a version 1 export (JSON Resume basics only) as it was written, its old status ids read as current ones', async () => {
    const area = memoryArea();
    const report = await importInto(area, fixture('shipcheck-v1.json'), 'old.json');
    expect(report.added.map((e) => e.key)).toEqual(['linkedin:grace-example', 'github:lin-invented']);
    const [grace] = (await everything(area)).filter((e) => e.record.key === 'linkedin:grace-example');
    expect(grace.record).toMatchObject({
      name: 'Grace Example',
      status: 'shortlisted',
      tags: ['ranking', 'referral'],
      identities: ['linkedin:grace-example', 'github:grace-ex'],
    });
    expect(grace.snapshots['linkedin:grace-example'].evidence[1].quote).toBe('Cut p95 latency from 90ms to 20ms.');
  });

  it.each([
    ['not JSON', '{oops', /not valid JSON/],
    ['another format', JSON.stringify({ format: 'jsonresume', candidates: [] }), /not a Shipcheck/],
    ['a newer version', JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION + 1, exportedAt: '', candidates: [] }), /newer Shipcheck/],
    ['no candidate list', JSON.stringify({ format: EXPORT_FORMAT, version: 1, exportedAt: '' }), /damaged/],
    ['an empty file', '  \n', /empty/],
  ])('refuses %s as a whole and imports nothing', async (_, text, message) => {
    const area = memoryArea();
    const report = await importInto(area, text, 'file.json');
    expect(report.fileError).toMatch(message);
    expect(await area.get(null)).toEqual({});
  });

  it('rejects bad entries one by one with the reason, and imports the rest', async () => {
    const file = JSON.parse(candidatesToJson(await saveInventedCandidates()));
    const good = file.candidates[0];
    file.candidates = [
      good,
      { basics: { name: 'No Annotation', profiles: [] } },
      {
        ...good,
        basics: { name: 'Bad Status' },
        shipcheck: { ...good.shipcheck, key: 'linkedin:bad', identities: ['linkedin:bad'], sources: [], snapshots: {}, status: 'hired' },
      },
      { ...good, basics: { name: 'Odd Identity' }, shipcheck: { ...good.shipcheck, key: 'twitter:x', identities: ['twitter:x'], sources: [], snapshots: {} } },
      {
        ...good,
        basics: { name: 'Bad Date' },
        shipcheck: { ...good.shipcheck, key: 'linkedin:bad-date', identities: ['linkedin:bad-date'], sources: [], snapshots: {}, createdAt: 'yesterday' },
      },
      'just a string',
    ];
    const report = await importInto(memoryArea(), JSON.stringify(file), 'file.json');
    expect(report.added).toHaveLength(1);
    expect(report.rejected.map((r) => [r.position, r.name])).toEqual([
      ['entry 2', 'No Annotation'],
      ['entry 3', 'Bad Status'],
      ['entry 6', undefined],
      ['entry 4', 'Odd Identity'],
      ['entry 5', 'Bad Date'],
    ]);
    expect(report.rejected[1].reason).toMatch(/shipcheck\.status/);
    expect(report.rejected[3].reason).toMatch(/unknown identity "twitter:x"/);
    expect(report.rejected[4].reason).toMatch(/"yesterday" is not a date/);
  });
});

describe('CSV round trip', () => {
  it('a CSV export of three candidates imported into an empty profile gives the same records', async () => {
    const saved = await saveInventedCandidates();
    const csv = candidatesToCsv(
      saved.map((e) => e.record),
      Object.assign({}, ...saved.map((e) => e.snapshots)),
    );
    const fresh = memoryArea();
    const report = await importInto(fresh, csv, 'export.csv');
    expect(describeImport(report)).toBe('Import: 3 added, 0 updated.');
    expect(report.notes[0]).toMatch(/^Not read from a CSV .*: Current Company, Location, Email/);
    expect(comparable((await everything(fresh)).map((e) => e.record))).toEqual(comparable(saved.map((e) => e.record)));
  });

  it('never adds an apostrophe to a note, whatever it starts with', async () => {
    const notes = [
      '- strong on serving',
      '+1 from the lead',
      '=ask about on-call',
      '@Priya to review',
      '\tindented',
      ' - spaced bullet',
      "'quoted'",
      "''=double",
      "'=already guarded",
      '-1',
      '+44 20 7946 0000',
      'plain note',
      '',
      'line one\r\nline two',
      'Said "yes", then: no',
      'naïve café ✓',
      '100% remote',
      '  ',
      '=HYPERLINK("http://evil.example","x")',
    ];
    const [{ record }] = await saveInventedCandidates();
    const records = notes.map((note, i) => ({ ...record, key: `linkedin:note-${i}`, identities: [`linkedin:note-${i}`], sources: [], note }));
    const area = memoryArea();
    await importInto(area, candidatesToCsv(records), 'notes.csv');
    const imported = new Map((await everything(area)).map((e) => [e.record.key, e.record.note]));
    expect(records.map((r) => imported.get(r.key))).toEqual(notes);
  });

  it('takes edits made in a spreadsheet: status, tags, note and name', async () => {
    const saved = await saveInventedCandidates();
    const csv = candidatesToCsv([saved[0].record])
      .replace('Noor,Invented', 'Noor,Invented-Smith')
      .replace(',Shortlisted,', ',Rejected,')
      .replace('"referral, ranking"', '"referral, on hold"');
    const area = memoryArea();
    await importInto(area, csv, 'edited.csv');
    const [{ record }] = await everything(area);
    expect(record).toMatchObject({ name: 'Noor Invented-Smith', status: 'rejected', tags: ['referral', 'on hold'] });
  });

  it('reads the older CSV layout (one Name column, old status ids read as current ones, guarded notes)', async () => {
    const area = memoryArea();
    const report = await importInto(area, fixture('shipcheck-v1.csv'), 'old.csv');
    expect(report.rejected).toEqual([]);
    const records = new Map((await everything(area)).map((e) => [e.record.key, e.record]));
    expect(records.get('linkedin:grace-example')).toMatchObject({
      name: 'Grace Example',
      status: 'shortlisted',
      tags: ['ranking', 'referral'],
      identities: ['linkedin:grace-example', 'github:grace-ex'],
    });
    expect(records.get('github:lin-invented')?.note).toBe('- strong on serving\n+1 from the team lead\n=ask about on-call');
  });

  it('rejects rows that say neither who the candidate is nor a known status, and imports the rest', async () => {
    const csv = [
      'First Name,Last Name,LinkedIn URL,Status,Note',
      'Ada,Nobody,,New,x',
      'Bo,Example,https://www.linkedin.com/in/bo-example/,Hired,y',
      'Cy,Example,https://www.linkedin.com/in/cy-example/,maybe?,z',
      'Di,Example,https://www.linkedin.com/in/di-example/,potential,ok',
    ].join('\r\n');
    const report = await importInto(memoryArea(), csv, 'sheet.csv');
    expect(report.added.map((e) => e.key)).toEqual(['linkedin:di-example']);
    expect(report.rejected.map((r) => [r.position, r.name])).toEqual([
      ['row 1', 'Ada Nobody'],
      ['row 2', 'Bo Example'],
      ['row 3', 'Cy Example'],
    ]);
    expect(report.rejected[0].reason).toMatch(/nothing says who this is/);
    expect(report.rejected[1].reason).toMatch(/status "Hired" is not one of/);
  });

  it('refuses a CSV without any column that identifies a candidate', async () => {
    const report = await importInto(memoryArea(), 'Name,Note\r\nAda,hi', 'sheet.csv');
    expect(report.fileError).toMatch(/no LinkedIn URL, GitHub URL or Shipcheck Data column/);
  });
});

describe('preview and limits', () => {
  it('a preview writes nothing and says what applying would do', async () => {
    const json = candidatesToJson(await saveInventedCandidates());
    const area = memoryArea();
    const preview = await planImport(readImportFile(json, 'x.json', NOW), storeOn(area), { now: NOW });
    expect(describeImport(preview)).toBe('Import preview: 3 added, 0 updated.');
    expect(await area.get(null)).toEqual({});
  });

  it('reports progress through checking and saving', async () => {
    const json = candidatesToJson(await saveInventedCandidates());
    const seen: ImportProgress[] = [];
    await applyImport(readImportFile(json, 'x.json', NOW), storeOn(memoryArea()), { now: NOW, onProgress: (p) => seen.push(p) });
    expect(seen.map((p) => `${p.phase} ${p.done}/${p.total}`)).toEqual([
      'checking 1/3',
      'checking 2/3',
      'checking 3/3',
      'saving 1/3',
      'saving 2/3',
      'saving 3/3',
    ]);
  });

  it('refuses a file over the size limit before parsing it, saying what to do', () => {
    const parsed = readImportFile(`{"x":"${'a'.repeat(MAX_IMPORT_BYTES)}"}`, 'big.json', NOW);
    expect(parsed).toMatchObject({
      ok: false,
      fileError: expect.stringMatching(/^The file is 50\.0 MB; Shipcheck imports files up to 50\.0 MB\. Export fewer/),
    });
  });

  it('refuses more candidates than one import takes', () => {
    const rows = Array.from({ length: MAX_IMPORT_CANDIDATES + 1 }, (_, i) => `https://github.com/x${i}`);
    const parsed = readImportFile(['GitHub URL', ...rows].join('\n'), 'many.csv', NOW);
    expect(parsed).toMatchObject({ ok: false, fileError: expect.stringMatching(/holds 5001 candidates; Shipcheck imports up to 5000/) });
  });
});
