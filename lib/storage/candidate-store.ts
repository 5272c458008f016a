import type { CandidateDocument } from '../model/candidate-document';
import type { Screening } from '../model/screening';
import { z } from '../model/zod';
import { CandidateRecord, CandidateStatus, ScreeningSnapshot, type SourceEntry } from './candidate-record';
import { documentIdentity, identityKey, mentionedIdentityKeys } from './candidate-identity';
import { mergeRecords, mergeSources } from './merge-records';
import { readStoredRecord } from './record-migrations';
import { readRecentValue, RECENT_KEY, sameRecent, topRecent, withoutKeys, withRecord } from './recent-candidates';
import { saveDocument } from './saved-document';
import { snapshotScreening, type SnapshotDetail } from './screening-snapshot';
import {
  aliasKey,
  CANDIDATE_PREFIX,
  candidateKey,
  MENTION_PREFIX,
  mentionKey,
  QUARANTINE_PREFIX,
  quarantineKey,
  snapshotKey,
  type StorageAreaLike,
  totalBytes,
} from './storage-area';
import { bytesInUse, DEFAULT_QUOTA_BYTES, StorageFullError, usageLevel, WRITE_LIMIT_RATIO, type StorageUsage } from './storage-usage';

export interface CandidateStoreOptions {
  now?: () => Date;
  newRev?: () => string;
  /** Bytes the area may hold; `null` for unlimitedStorage. Defaults to the area's QUOTA_BYTES or 10 MB. */
  quotaBytes?: number | null;
  /** How many times a write is re-applied when another tab wrote the same record in between. */
  maxAttempts?: number;
}

export const CandidatePatch = z.object({
  status: CandidateStatus.optional(),
  tags: z.array(z.string()).optional(),
  note: z.string().optional(),
});
export type CandidatePatch = z.infer<typeof CandidatePatch>;

export const QuarantineEntry = z.object({ key: z.string(), reason: z.string(), at: z.string(), value: z.unknown() });
export type QuarantineEntry = z.infer<typeof QuarantineEntry>;

export interface CandidateList {
  records: CandidateRecord[];
  /** Values set aside by this read because they could not be read as candidates. */
  quarantined: QuarantineEntry[];
}

export interface SaveResult {
  record: CandidateRecord;
  /** `full` unless quotes were dropped to fit the quota. */
  detail: SnapshotDetail;
  created: boolean;
}

/** Everything a deletion removed, to put back on undo. */
export interface RemovedCandidate {
  record: CandidateRecord;
  snapshots: Record<string, ScreeningSnapshot>;
}

interface Write {
  record: CandidateRecord;
  /** Imports and undo keep the record's own updatedAt instead of stamping the time of the write. */
  keepUpdatedAt?: boolean;
  extra?: Record<string, unknown>;
  remove?: string[];
}

export type CandidateStore = ReturnType<typeof createCandidateStore>;

export function normaliseTags(tags: string[]): string[] {
  const seen = new Map<string, string>();
  for (const raw of tags) {
    const tag = raw.trim().replace(/\s+/g, ' ').slice(0, 40);
    if (tag && !seen.has(tag.toLowerCase())) seen.set(tag.toLowerCase(), tag);
  }
  return [...seen.values()];
}

export function createCandidateStore(area: StorageAreaLike, options: CandidateStoreOptions = {}) {
  const now = options.now ?? (() => new Date());
  const newRev = options.newRev ?? (() => crypto.randomUUID());
  const quota = options.quotaBytes === undefined ? (area.QUOTA_BYTES ?? DEFAULT_QUOTA_BYTES) : options.quotaBytes;
  const maxAttempts = options.maxAttempts ?? 8;
  // Writes to one record from this page run one after another; other tabs are handled by read-back.
  const queues = new Map<string, Promise<unknown>>();

  function serialised<T>(recordKey: string, task: () => Promise<T>): Promise<T> {
    const previous = queues.get(recordKey) ?? Promise.resolve();
    const next = previous.then(task, task);
    queues.set(recordKey, next.catch(() => undefined));
    return next;
  }

  async function readRecord(recordKey: string): Promise<CandidateRecord | undefined> {
    const key = candidateKey(recordKey);
    const raw = (await area.get(key))[key];
    if (raw === undefined) return undefined;
    const read = readStoredRecord(raw);
    if (!read.ok) {
      await setAside(key, raw, read.reason);
      return undefined;
    }
    return read.record;
  }

  async function setAside(key: string, value: unknown, reason: string): Promise<QuarantineEntry> {
    const entry: QuarantineEntry = { key, reason, at: now().toISOString(), value };
    await area.set({ [quarantineKey(key)]: entry });
    await area.remove(key);
    return entry;
  }

  let recentQueue: Promise<unknown> = Promise.resolve();

  async function readRecent(): Promise<CandidateRecord[]> {
    return readRecentValue((await area.get(RECENT_KEY))[RECENT_KEY]);
  }

  /** Updates the recent-candidates cache; a failure here never fails the write that caused it. */
  function updateRecent(change: (recent: CandidateRecord[]) => CandidateRecord[]): Promise<void> {
    const task = async () => {
      const before = await readRecent();
      const after = change(before);
      if (!sameRecent(before, after)) await area.set({ [RECENT_KEY]: after });
    };
    const next = recentQueue.then(task).catch(() => undefined);
    recentQueue = next;
    return next;
  }

  async function usage(): Promise<StorageUsage> {
    return usageLevel(await bytesInUse(area), quota);
  }

  /** Refuses a write that would push storage past the limit, before anything is written. */
  async function assertFits(items: Record<string, unknown>): Promise<void> {
    if (quota === null) return;
    const delta = totalBytes(items) - totalBytes(await area.get(Object.keys(items)));
    // A write that does not grow storage always fits: skip asking the browser how much is in use.
    if (delta <= 0) return;
    const used = await bytesInUse(area);
    if (used + delta > quota * WRITE_LIMIT_RATIO) throw new StorageFullError(delta, usageLevel(used, quota));
  }

  /**
   * Applies `change` to the newest stored record and writes it; if another tab wrote the record in between
   * (the read-back shows someone else's rev), applies the change again on top of theirs. Changes are
   * idempotent (set a field, upsert a source), so applying one twice is harmless.
   */
  async function mutate(recordKey: string, change: (current: CandidateRecord | undefined) => Write | undefined): Promise<CandidateRecord | undefined> {
    return serialised(recordKey, async () => {
      for (let attempt = 0; attempt < maxAttempts; attempt++) {
        const current = await readRecord(recordKey);
        const write = change(current);
        if (!write) return current;
        const record: CandidateRecord = { ...write.record, rev: newRev(), updatedAt: write.keepUpdatedAt ? write.record.updatedAt : now().toISOString() };
        const items = { ...write.extra, [candidateKey(recordKey)]: record };
        await assertFits(items);
        await area.set(items);
        if (write.remove?.length) await area.remove(write.remove);
        const back = (await area.get(candidateKey(recordKey)))[candidateKey(recordKey)] as { rev?: string } | undefined;
        if (back?.rev === record.rev) {
          const removedRecords = (write.remove ?? []).filter((key) => key.startsWith(CANDIDATE_PREFIX)).map((key) => key.slice(CANDIDATE_PREFIX.length));
          await updateRecent((recent) => withRecord(withoutKeys(recent, removedRecords), record));
          return record;
        }
      }
      throw new Error('Could not save: the candidate kept changing in another tab. Try again.');
    });
  }

  async function resolveRecordKey(identity: string): Promise<string> {
    const found = await area.get([candidateKey(identity), aliasKey(identity)]);
    if (found[candidateKey(identity)] !== undefined) return identity;
    const target = found[aliasKey(identity)];
    if (typeof target === 'string' && (await area.get(candidateKey(target)))[candidateKey(target)] !== undefined) return target;
    return identity;
  }

  function sourceEntryOf(identity: string, document: CandidateDocument, screening: Screening, at: string): SourceEntry {
    return {
      identity,
      source: document.source,
      url: document.url ?? screening.url,
      name: document.person.name ?? screening.name,
      headline: document.person.headline ?? screening.headline,
      savedAt: at,
      role: screening.role,
      score: screening.score,
      verdict: screening.verdict,
      screenedAt: screening.screenedAt,
      tools: screening.tools.map((tool) => tool.name),
      flags: screening.flags.map((flag) => flag.id),
    };
  }

  /** Builds the snapshot with as much evidence as the quota allows, most first. */
  async function fittingSnapshot(identity: string, document: CandidateDocument, screening: Screening, record: CandidateRecord) {
    for (const detail of ['full', 'essential', 'none'] as const) {
      // The saved document is for exports: the first thing to go when storage is short.
      const snapshot = detail === 'full' ? { ...snapshotScreening(screening), document: saveDocument(document) } : snapshotScreening(screening, detail);
      try {
        await assertFits({ [snapshotKey(identity)]: snapshot, [candidateKey(record.key)]: record });
        return { snapshot, detail };
      } catch (error) {
        if (!(error instanceof StorageFullError) || detail === 'none') throw error;
      }
    }
    throw new Error('unreachable');
  }

  /** One click on Save: creates the candidate or updates the same one (and its source's snapshot). */
  async function saveScreening(document: CandidateDocument, screening: Screening, patch: CandidatePatch = {}): Promise<SaveResult> {
    const identity = identityKey(documentIdentity(document));
    const recordKey = await resolveRecordKey(identity);
    const mentions = mentionedIdentityKeys(document);
    let created = false;
    const at = now().toISOString();
    const build = (current: CandidateRecord | undefined): CandidateRecord => {
      const source = sourceEntryOf(identity, document, screening, at);
      const base: CandidateRecord = current ?? {
        schema: 2,
        key: recordKey,
        identities: [identity],
        sources: [],
        mentions: [],
        status: 'unreviewed',
        tags: [],
        note: '',
        createdAt: at,
        updatedAt: at,
        rev: '',
      };
      const identities = base.identities.includes(identity) ? base.identities : [...base.identities, identity];
      return applyPatch(
        {
          ...base,
          identities,
          name: source.name ?? base.name,
          headline: source.headline ?? base.headline,
          sources: mergeSources(base.sources.filter((s) => s.identity !== identity), [source]),
          mentions: [...new Set([...base.mentions, ...mentions])].filter((key) => !identities.includes(key)),
        },
        patch,
      );
    };
    const { snapshot, detail } = await fittingSnapshot(identity, document, screening, build(await readRecord(recordKey)));
    const mentionItems = Object.fromEntries(mentions.map((named) => [mentionKey(named, recordKey), 1]));
    const record = await mutate(recordKey, (current) => {
      created = current === undefined;
      return { record: build(current), extra: { [snapshotKey(identity)]: snapshot, ...mentionItems } };
    });
    return { record: record!, detail, created };
  }

  function applyPatch(record: CandidateRecord, patch: CandidatePatch): CandidateRecord {
    return {
      ...record,
      status: patch.status ?? record.status,
      tags: patch.tags ? normaliseTags(patch.tags) : record.tags,
      note: patch.note ?? record.note,
    };
  }

  async function update(recordKey: string, patch: CandidatePatch): Promise<CandidateRecord | undefined> {
    const checked = CandidatePatch.parse(patch);
    return mutate(recordKey, (current) => (current ? { record: applyPatch(current, checked) } : undefined));
  }

  async function updateMany(recordKeys: string[], patch: CandidatePatch): Promise<CandidateRecord[]> {
    const updated = await Promise.all(recordKeys.map((key) => update(key, patch)));
    return updated.filter((record): record is CandidateRecord => record !== undefined);
  }

  async function get(identityOrRecordKey: string): Promise<CandidateRecord | undefined> {
    return readRecord(await resolveRecordKey(identityOrRecordKey));
  }

  async function getForDocument(document: CandidateDocument): Promise<CandidateRecord | undefined> {
    return get(identityKey(documentIdentity(document)));
  }

  async function snapshotsOf(record: CandidateRecord): Promise<Record<string, ScreeningSnapshot>> {
    const keys = record.sources.map((source) => snapshotKey(source.identity));
    const raw = await area.get(keys);
    const result: Record<string, ScreeningSnapshot> = {};
    for (const source of record.sources) {
      const parsed = ScreeningSnapshot.safeParse(raw[snapshotKey(source.identity)]);
      if (parsed.success) result[source.identity] = parsed.data;
    }
    return result;
  }

  /** Keys with the prefix, and their values; reads only those keys when the browser can list keys. */
  async function readPrefixed(prefix: string): Promise<Record<string, unknown>> {
    const keys = area.getKeys ? (await area.getKeys()).filter((key) => key.startsWith(prefix)) : undefined;
    if (keys && keys.length === 0) return {};
    const values = await area.get(keys ?? null);
    return Object.fromEntries(Object.entries(values).filter(([key]) => key.startsWith(prefix)));
  }

  /** Every readable candidate; unreadable values are moved to quarantine and reported, never thrown. */
  async function list(): Promise<CandidateList> {
    const values = await readPrefixed(CANDIDATE_PREFIX);
    const records: CandidateRecord[] = [];
    const quarantined: QuarantineEntry[] = [];
    const upgrades: Record<string, unknown> = {};
    for (const [key, raw] of Object.entries(values)) {
      const read = readStoredRecord(raw);
      const expectedKey = key.slice(CANDIDATE_PREFIX.length);
      if (!read.ok || read.record.key !== expectedKey) {
        quarantined.push(await setAside(key, raw, read.ok ? `stored under ${key} but names ${read.record.key}` : read.reason));
        continue;
      }
      records.push(read.record);
      if (!read.migrated) continue;
      upgrades[key] = read.record;
      for (const [identity, snapshot] of Object.entries(read.snapshots)) upgrades[snapshotKey(identity)] = snapshot;
    }
    if (Object.keys(upgrades).length) await area.set(upgrades);
    const recent = topRecent(records);
    void updateRecent(() => recent);
    return { records, quarantined };
  }

  async function listQuarantine(): Promise<QuarantineEntry[]> {
    return Object.values(await readPrefixed(QUARANTINE_PREFIX))
      .map((value) => QuarantineEntry.safeParse(value))
      .filter((parsed) => parsed.success)
      .map((parsed) => parsed.data!);
  }

  async function clearQuarantine(): Promise<void> {
    await area.remove(Object.keys(await readPrefixed(QUARANTINE_PREFIX)));
  }

  async function remove(recordKeys: string[]): Promise<RemovedCandidate[]> {
    const removed: RemovedCandidate[] = [];
    for (const recordKey of recordKeys) {
      const record = await readRecord(recordKey);
      if (!record) continue;
      const snapshots = await snapshotsOf(record);
      removed.push({ record, snapshots });
      const aliases = record.identities.filter((id) => id !== record.key).map(aliasKey);
      const mentions = record.mentions.map((named) => mentionKey(named, recordKey));
      await area.remove([candidateKey(recordKey), ...Object.keys(snapshots).map(snapshotKey), ...aliases, ...mentions]);
    }
    await updateRecent((recent) => withoutKeys(recent, recordKeys));
    return removed;
  }

  async function restore(removed: RemovedCandidate[]): Promise<void> {
    for (const { record, snapshots } of removed) await put(record, snapshots);
  }

  /** Writes a whole record (restore, import); a record already stored under the key is merged, not lost. */
  async function put(record: CandidateRecord, snapshots: Record<string, ScreeningSnapshot>): Promise<CandidateRecord> {
    const extra: Record<string, unknown> = {};
    for (const [identity, snapshot] of Object.entries(snapshots)) extra[snapshotKey(identity)] = snapshot;
    for (const identity of record.identities) if (identity !== record.key) extra[aliasKey(identity)] = record.key;
    for (const named of record.mentions) extra[mentionKey(named, record.key)] = 1;
    const written = await mutate(record.key, (current) => ({ record: current ? mergeRecords(record, current) : record, extra, keepUpdatedAt: true }));
    return written!;
  }

  /** Joins `otherKey`'s candidate into `keepKey`'s: one record, every source's screening kept. */
  async function link(keepKey: string, otherKey: string): Promise<CandidateRecord | undefined> {
    if (keepKey === otherKey) return get(keepKey);
    const other = await readRecord(otherKey);
    if (!other) return get(keepKey);
    const extra: Record<string, unknown> = {};
    for (const identity of other.identities) extra[aliasKey(identity)] = keepKey;
    return mutate(keepKey, (current) =>
      current ? { record: mergeRecords(current, other), extra, remove: [candidateKey(otherKey)] } : undefined,
    );
  }

  /** Saved candidates that look like the same person: this document names them, or they name it. */
  async function suggestLinks(document: CandidateDocument): Promise<CandidateRecord[]> {
    const own = identityKey(documentIdentity(document));
    const ownRecordKey = await resolveRecordKey(own);
    const found = new Map<string, CandidateRecord>();
    for (const mentioned of mentionedIdentityKeys(document)) {
      const record = await get(mentioned);
      if (record && record.key !== ownRecordKey) found.set(record.key, record);
    }
    // Reverse direction through the mention keys: reading every record would cost a second per profile.
    const prefix = `${MENTION_PREFIX}${own}|`;
    for (const key of Object.keys(await readPrefixed(prefix))) {
      const record = await get(key.slice(prefix.length));
      if (record && record.key !== ownRecordKey && record.mentions.includes(own)) found.set(record.key, record);
    }
    return [...found.values()];
  }

  /** Calls `listener` with the record keys written or removed by any page of the extension. */
  function subscribe(listener: (changedRecordKeys: string[]) => void): () => void {
    const onChanged = (changes: Record<string, unknown>) => {
      const keys = Object.keys(changes)
        .filter((key) => key.startsWith(CANDIDATE_PREFIX))
        .map((key) => key.slice(CANDIDATE_PREFIX.length));
      if (keys.length) listener(keys);
    };
    area.onChanged?.addListener(onChanged);
    return () => area.onChanged?.removeListener(onChanged);
  }

  return {
    /** The record stored under exactly this key (no alias followed), e.g. to refresh a list entry. */
    read: readRecord,
    /** The most recently changed candidates from a small cache: enough for a first screen, maybe stale. */
    readRecent,
    saveScreening,
    update,
    updateMany,
    get,
    getForDocument,
    snapshotsOf,
    list,
    listQuarantine,
    clearQuarantine,
    remove,
    restore,
    put,
    link,
    suggestLinks,
    subscribe,
    usage,
  };
}
