import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { memoryArea, saveInventedCandidates } from '../../tests/fixtures/exports/invented-candidates';
import { createCandidateStore } from '../storage/candidate-store';
import { RECENT_KEY } from '../storage/recent-candidates';
import type { StorageAreaLike } from '../storage/storage-area';
import { applyImport, readImportFile } from './import-candidates';

/**
 * Invented hostile files (tests/fixtures/exports/hostile/, described in its README) imported over the
 * three invented candidates: each may change only what its rules allow, and says what it left out.
 */
const NOW = new Date('2026-06-01T12:00:00.000Z');
const hostile = (name: string) => readFileSync(new URL(`../../tests/fixtures/exports/hostile/${name}`, import.meta.url), 'utf8');

async function importHostile(name: string) {
  const area: StorageAreaLike = memoryArea();
  await saveInventedCandidates(area);
  const before = await area.get(null);
  const store = createCandidateStore(area, { quotaBytes: null, now: () => NOW });
  const report = await applyImport(readImportFile(hostile(name), name, NOW), store, { now: NOW });
  const after = await area.get(null);
  const changed = Object.keys({ ...before, ...after }).filter((key) => key !== RECENT_KEY && !isDeepStrictEqual(before[key], after[key]));
  return { report, before, after, changed: changed.sort(), store };
}

const warningsOf = (report: Awaited<ReturnType<typeof importHostile>>['report']) =>
  [...report.added, ...report.updated, ...report.unchanged].flatMap((entry) => entry.warnings);

describe('hostile imports', () => {
  it("a screening filed under another candidate's identity is ignored: that candidate keeps its score", async () => {
    const { report, changed } = await importHostile('foreign-snapshot.json');
    expect(changed).toEqual(['candidate:github:mallory-invented', 'snapshot:github:mallory-invented']);
    expect(warningsOf(report)).toEqual([expect.stringMatching(/screening filed under linkedin:noor-invented was ignored/)]);
  });

  it('times from the future are set back and reported, and never win over the saved screening or the sort order', async () => {
    const { report, changed } = await importHostile('future-times.json');
    expect(changed).toEqual([]);
    expect(report.unchanged).toHaveLength(1);
    const warnings = warningsOf(report);
    expect(warnings.filter((w) => /2099-01-01T00:00:00.000Z, in the future; set to the time of import/.test(w))).toHaveLength(5);
  });

  it('identities that belong to another saved candidate are left out, with their sources and screenings', async () => {
    const { report, changed, after, before } = await importHostile('identity-grab.json');
    expect(changed).toEqual(['alias:github:mallory-invented', 'candidate:linkedin:noor-invented', 'snapshot:github:mallory-invented']);
    const noor = after['candidate:linkedin:noor-invented'] as { identities: string[]; status: string; note: string; sources: Array<{ score: number }> };
    expect(noor.identities).toEqual(['linkedin:noor-invented', 'github:mallory-invented']);
    expect(noor.status).toBe('shortlisted');
    expect(noor.sources.map((s) => s.score)).toEqual([86, 40]);
    expect(noor.note).toBe(`${(before['candidate:linkedin:noor-invented'] as { note: string }).note}\n\nForged note`);
    expect(warningsOf(report)).toEqual([expect.stringMatching(/^github:tomas-ph belongs to the saved candidate Tomas Placeholder; left out/)]);
    expect(report.updated[0].changes.map((c) => c.field)).toEqual(['identities', 'note', 'sources', 'screening', 'updated']);
  });

  it('a screening that does not match its source is ignored, and the source without it does not replace the saved one', async () => {
    const { report, changed } = await importHostile('mismatched-snapshot.json');
    expect(changed).toEqual([]);
    expect(warningsOf(report)).toEqual([expect.stringMatching(/screening of linkedin:noor-invented was ignored: it does not match/)]);
  });

  it('keys like __proto__ and constructor write nothing and pollute nothing', async () => {
    const { report, changed } = await importHostile('proto-keys.json');
    expect(changed).toEqual(['candidate:github:proto-invented']);
    expect(report.added).toHaveLength(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(warningsOf(report)).toEqual([expect.stringMatching(/screening filed under constructor was ignored/)]);
  });
});
