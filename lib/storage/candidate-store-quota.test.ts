import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { createCandidateStore } from './candidate-store';
import { EXAMPLE_RECORD_V1 } from './record-examples';
import { candidateKey, snapshotKey, type StorageAreaLike } from './storage-area';
import { StorageFullError, UNLIMITED_WARN_BYTES, WRITE_LIMIT_RATIO, describeUsage, usageLevel } from './storage-usage';
import { sampleDocument, sampleScreening } from './synthetic-candidates';
import { withQuota } from './test-storage-areas';

const base = fakeBrowser.storage.local as unknown as StorageAreaLike;

beforeEach(() => fakeBrowser.reset());

const longQuote = 'Deployed the ranking service on Kubernetes with canary rollouts and alerting. '.repeat(20);
const bulky = () =>
  sampleScreening({
    evidence: sampleScreening().evidence.map((item) => ({ ...item, quote: longQuote })),
  });

async function fill(area: StorageAreaLike, bytes: number) {
  await area.set({ filler: 'x'.repeat(bytes) });
}

describe('storage quota', () => {
  it('saves the full snapshot when there is room', async () => {
    const area = withQuota(base, 100_000);
    const saved = await createCandidateStore(area).saveScreening(sampleDocument('ada'), bulky());
    expect(saved.detail).toBe('full');
  });

  it('keeps fewer quotes, and says so, rather than failing when storage is nearly full', async () => {
    const area = withQuota(base, 10_000);
    await fill(area, 6_500);
    const saved = await createCandidateStore(area).saveScreening(sampleDocument('ada'), bulky());
    expect(saved.detail).not.toBe('full');
    const snapshot = (await area.get(snapshotKey('linkedin:ada')))[snapshotKey('linkedin:ada')] as { evidenceTrimmed: boolean; flags: unknown[] };
    expect(snapshot.evidenceTrimmed).toBe(true);
    expect(snapshot.flags).toHaveLength(1);
  });

  it('refuses with a clear message before writing anything when even a bare record does not fit', async () => {
    const area = withQuota(base, 10_000);
    const store = createCandidateStore(area);
    const first = await store.saveScreening(sampleDocument('ada'), sampleScreening());
    await fill(area, 10_000 - (await area.getBytesInUse!()) - 200);
    const before = await area.get(null);
    const attempt = store.saveScreening(sampleDocument('grace'), bulky());
    await expect(attempt).rejects.toBeInstanceOf(StorageFullError);
    await expect(attempt).rejects.toThrow(/Export your candidates/);
    expect(await area.get(null)).toEqual(before);
    expect((await store.get(first.record.key))?.key).toBe('linkedin:ada');
  });

  it('refuses an edit that would overfill storage with the same clear message, leaving the record as it was', async () => {
    const area = withQuota(base, 10_000);
    const store = createCandidateStore(area);
    const { record } = await store.saveScreening(sampleDocument('ada'), sampleScreening(), { note: 'short' });
    await fill(area, 10_000 - (await area.getBytesInUse!()) - 500);
    const attempt = store.update(record.key, { note: 'n'.repeat(2_000) });
    await expect(attempt).rejects.toBeInstanceOf(StorageFullError);
    expect((await store.get(record.key))?.note).toBe('short');
  });

  it('upgrades an old record only within the same margin as a save, and shows it upgraded meanwhile', async () => {
    const area = withQuota(base, 100_000);
    await area.set({ [candidateKey(EXAMPLE_RECORD_V1.id)]: EXAMPLE_RECORD_V1 });
    // 500 bytes left under the write limit; the upgrade adds a snapshot of about 700, which the browser
    // itself would still take (the quota is 3,000 bytes further).
    await fill(area, Math.floor(100_000 * WRITE_LIMIT_RATIO) - (await area.getBytesInUse!()) - 500);
    const keys = [candidateKey(EXAMPLE_RECORD_V1.id), snapshotKey(EXAMPLE_RECORD_V1.id)];
    const before = await area.get(keys);
    const { records, upgraded } = await createCandidateStore(area).list();
    await upgraded;
    expect(records[0]).toMatchObject({ schema: 3, note: EXAMPLE_RECORD_V1.notes });
    expect(await area.get(keys)).toEqual(before);
  });

  it('warns from 80% so the recruiter can export before anything is refused', async () => {
    const area = withQuota(base, 10_000);
    const store = createCandidateStore(area);
    await fill(area, 5_000);
    expect((await store.usage()).level).toBe('ok');
    await fill(area, 8_300);
    const usage = await store.usage();
    expect(usage.level).toBe('warning');
    expect(describeUsage(usage)).toMatch(/8\d% full/);
  });

  it('warns with unlimitedStorage too, from the size chosen for it, and says how much is used', () => {
    expect(usageLevel(UNLIMITED_WARN_BYTES - 1, null).level).toBe('ok');
    const usage = usageLevel(UNLIMITED_WARN_BYTES + 10 * 1024 * 1024, null);
    expect(usage.level).toBe('warning');
    expect(describeUsage(usage)).toBe('Saved candidates take 266 MB on this computer. Export them and delete the ones you no longer need.');
  });

  it('reports the unlimited warning from the store, measured as the browser measures it', async () => {
    const area = { ...base, getBytesInUse: async () => UNLIMITED_WARN_BYTES };
    expect((await createCandidateStore(area, { quotaBytes: null }).usage()).level).toBe('warning');
  });

  it('never blocks when the extension holds unlimitedStorage', async () => {
    const store = createCandidateStore(base, { quotaBytes: null });
    await fill(base, 20 * 1024 * 1024);
    expect((await store.saveScreening(sampleDocument('ada'), bulky())).detail).toBe('full');
  });
});
