import type { CandidateDocument } from '../model/candidate-document';
import type { Screening } from '../model/screening';
import { CandidateRecord, CURRENT_SCHEMA, ScreeningSnapshot, type SourceEntry } from './candidate-record';
import { documentIdentity, identityKey, mentionedIdentityKeys } from './candidate-identity';
import { checkedPatch, normaliseTags, type CandidatePatch } from './candidate-patch';
import { FIRST_STATUS } from './candidate-status';
import { mergeRecords, mergeSources } from './merge-records';
import { readStoredRecord, type StoredRecordResult } from './record-migrations';
import { readRecentValue, RECENT_KEY, sameRecent, topRecent, withoutKeys, withRecord } from './recent-candidates';
import { saveDocument } from './saved-document';
import { snapshotScreening, type SnapshotDetail } from './screening-snapshot';
import { createSetAside, type QuarantineEntry } from './set-aside';
import {
  aliasKey,
  CANDIDATE_PREFIX,
  candidateKey,
  MENTION_PREFIX,
  mentionKey,
  readPrefixed,
  snapshotKey,
  type StorageAreaLike,
  totalBytes,
  watchRecordKeys,
} from './storage-area';
import { bytesInUse, DEFAULT_QUOTA_BYTES, StorageFullError, usageLevel, WRITE_LIMIT_RATIO, type StorageUsage } from './storage-usage';

export { CandidatePatch, normaliseTags } from './candidate-patch';
export { QuarantineEntry } from './set-aside';

export interface CandidateStoreOptions {
  now?: () => Date;
  newRev?: () => string;
  /** Bytes the area may hold; `null` for unlimitedStorage. Defaults to the area's QUOTA_BYTES or 10 MB. */
  quotaBytes?: number | null;
  /** How many times a write is re-applied when another tab wrote the same record in between. */
  maxAttempts?: number;
}

export interface CandidateList {
  records: CandidateRecord[];
  /** Every value set aside so far (this read's and earlier ones), oldest first. */
  quarantined: QuarantineEntry[];
  /** Keys of records a newer Shipcheck wrote: not shown, and left exactly as they are. */
  newer: string[];
  /**
   * Resolves once records of older versions are written back upgraded. Not awaited by the list: they are
   * shown migrated at once, and after an update thousands of them take the background a while.
   */
  upgraded: Promise<void>;
}

/** Refuses to write over a record a newer Shipcheck wrote: this version cannot know what it would lose. */
export class NewerRecordError extends Error {
  constructor(
    readonly recordKey: string,
    readonly schema: number,
  ) {
    super(`Not saved: this candidate was saved by a newer version of Shipcheck (schema ${schema}). Update Shipcheck to change it; nothing was overwritten.`);
    this.name = 'NewerRecordError';
  }
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
  /** Imports, undo and upgrades keep the record's own updatedAt instead of stamping the time of the write. */
  keepUpdatedAt?: boolean;
  extra?: Record<string, unknown>;
  remove?: string[];
}

/** What reading one record key found: absent, or the stored value and what it reads as. */
type StoredRead = { raw: unknown; result: StoredRecordResult } | undefined;

const usable = (read: StoredRead): CandidateRecord | undefined =>
  read && (read.result.kind === 'current' || read.result.kind === 'migrated' || read.result.kind === 'repaired') ? read.result.record : undefined;

export type CandidateStore = ReturnType<typeof createCandidateStore>;

export function createCandidateStore(area: StorageAreaLike, options: CandidateStoreOptions = {}) {
  const now = options.now ?? (() => new Date());
  const newRev = options.newRev ?? (() => crypto.randomUUID());
  const quota = options.quotaBytes === undefined ? (area.QUOTA_BYTES ?? DEFAULT_QUOTA_BYTES) : options.quotaBytes;
  const maxAttempts = options.maxAttempts ?? 8;
  // Writes to one record from this page run one after another; other tabs are handled by read-back.
  const queues = new Map<string, Promise<unknown>>();

  /** Runs `task` after every write queued for these records, and before any queued later. */
  function serialised<T>(recordKeys: string[], task: () => Promise<T>): Promise<T> {
    const previous = Promise.all(recordKeys.map((key) => queues.get(key)));
    const next = previous.then(task);
    for (const key of recordKeys)
      queues.set(
        key,
        next.catch(() => undefined),
      );
    return next;
  }

  const setAside = createSetAside(area, now, newRev);

  async function readStored(recordKey: string): Promise<StoredRead> {
    const key = candidateKey(recordKey);
    const raw = (await area.get(key))[key];
    return raw === undefined ? undefined : { raw, result: readStoredRecord(raw, recordKey) };
  }

  /** The record under exactly this key, read in memory only: reading never writes (pages read, the background writes). */
  async function readRecord(recordKey: string): Promise<CandidateRecord | undefined> {
    return usable(await readStored(recordKey));
  }

  /** Several records by exact key in one storage call (a burst of changes, say); absent ones are left out. */
  async function readMany(recordKeys: string[]): Promise<Map<string, CandidateRecord>> {
    const values = await area.get(recordKeys.map(candidateKey));
    const found = new Map<string, CandidateRecord>();
    for (const recordKey of recordKeys) {
      const raw = values[candidateKey(recordKey)];
      const record = raw === undefined ? undefined : usable({ raw, result: readStoredRecord(raw, recordKey) });
      if (record) found.set(recordKey, record);
    }
    return found;
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

  /** Stored data is upgraded in memory on every read; this says what writing it back needs. */
  function settlement(recordKey: string, stored: StoredRead) {
    const result = stored?.result;
    if (result?.kind === 'newer') throw new NewerRecordError(recordKey, result.schema);
    const damaged = result?.kind === 'unreadable' || result?.kind === 'repaired';
    return {
      current: usable(stored),
      aside: damaged ? { raw: stored!.raw, reason: result.reason, repaired: result.kind === 'repaired' } : undefined,
      rewrite: result?.kind === 'migrated' || result?.kind === 'repaired',
      snapshots:
        result?.kind === 'migrated'
          ? Object.fromEntries(Object.entries(result.snapshots).map(([identity, snapshot]) => [snapshotKey(identity), snapshot]))
          : {},
      remove: result?.kind === 'unreadable',
    };
  }

  /**
   * Applies `change` to the newest stored record and writes it; if another tab wrote the record in between
   * (the read-back shows someone else's rev), applies the change again on top of theirs. Changes are
   * idempotent (set a field, upsert a source), so applying one twice is harmless. What is stored is settled
   * first: an older version is written back upgraded, a damaged value is set aside (and its valid fields
   * kept when they make a record), and a newer version's record is never written over.
   */
  async function mutate(recordKey: string, change: (current: CandidateRecord | undefined) => Write | undefined): Promise<CandidateRecord | undefined> {
    return serialised([recordKey], async () => {
      for (let attempt = 0; attempt < maxAttempts; attempt++) {
        const { current, aside, snapshots, remove } = settlement(recordKey, await readStored(recordKey));
        if (aside) await setAside.append(candidateKey(recordKey), aside.raw, aside.reason, aside.repaired);
        const write = change(current);
        if (!write) {
          // Set aside above: leaving it in place would set it aside again on every read.
          if (remove) await area.remove(candidateKey(recordKey));
          return current;
        }
        const record: CandidateRecord = { ...write.record, rev: newRev(), updatedAt: write.keepUpdatedAt ? write.record.updatedAt : now().toISOString() };
        const items = { ...snapshots, ...write.extra, [candidateKey(recordKey)]: record };
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

  /** How many records one tidy step reads and writes at once: few calls, and no call too large. */
  const TIDY_CHUNK = 200;

  /**
   * Settles what is stored under these record keys (upgrade, repair, set aside) and writes nothing else,
   * a chunk of records per storage call: after an update, thousands of records are upgraded at once. No
   * read-back: an upgrade changes no content, and a writer outside the queue re-applies its own change.
   */
  async function tidy(recordKeys: string[]): Promise<void> {
    for (let start = 0; start < recordKeys.length; start += TIDY_CHUNK) {
      const chunk = recordKeys.slice(start, start + TIDY_CHUNK);
      await serialised(chunk, async () => {
        const values = await area.get(chunk.map(candidateKey));
        const items: Record<string, unknown> = {};
        const removed: string[] = [];
        for (const recordKey of chunk) {
          const raw = values[candidateKey(recordKey)];
          const result = raw === undefined ? undefined : readStoredRecord(raw, recordKey);
          if (result?.kind === 'newer') continue;
          const { current, aside, rewrite, snapshots, remove } = settlement(recordKey, result && { raw, result });
          if (aside) await setAside.append(candidateKey(recordKey), aside.raw, aside.reason, aside.repaired);
          if (remove) removed.push(candidateKey(recordKey));
          if (rewrite && current) Object.assign(items, snapshots, { [candidateKey(recordKey)]: { ...current, rev: newRev() } });
        }
        if (Object.keys(items).length) {
          await assertFits(items);
          await area.set(items);
        }
        if (removed.length) await area.remove(removed);
      });
    }
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
  async function saveScreening(document: CandidateDocument, screening: Screening, givenPatch: CandidatePatch = {}): Promise<SaveResult> {
    const patch = checkedPatch(givenPatch);
    const identity = identityKey(documentIdentity(document));
    const recordKey = await resolveRecordKey(identity);
    const mentions = mentionedIdentityKeys(document);
    let created = false;
    const at = now().toISOString();
    const build = (current: CandidateRecord | undefined): CandidateRecord => {
      const source = sourceEntryOf(identity, document, screening, at);
      const base: CandidateRecord = current ?? {
        schema: CURRENT_SCHEMA,
        key: recordKey,
        identities: [identity],
        sources: [],
        mentions: [],
        status: FIRST_STATUS,
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
          sources: mergeSources(
            base.sources.filter((s) => s.identity !== identity),
            [source],
          ),
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
    const checked = checkedPatch(patch);
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

  /**
   * Every usable candidate, read in memory (older versions migrated, damaged ones repaired); what needs
   * writing back is handed to `settle` (the background's tidy, in the extension) and never written by the
   * reading page itself. Records a newer Shipcheck wrote are reported and left alone.
   */
  async function list(settle: (recordKeys: string[]) => Promise<void> = tidy): Promise<CandidateList> {
    const values = await readPrefixed(area, CANDIDATE_PREFIX);
    const records: CandidateRecord[] = [];
    const newer: string[] = [];
    const damaged: string[] = [];
    const outdated: string[] = [];
    for (const [key, raw] of Object.entries(values)) {
      const recordKey = key.slice(CANDIDATE_PREFIX.length);
      const result = readStoredRecord(raw, recordKey);
      const record = usable({ raw, result });
      if (record) records.push(record);
      if (result.kind === 'newer') newer.push(recordKey);
      else if (result.kind === 'migrated') outdated.push(recordKey);
      else if (result.kind !== 'current') damaged.push(recordKey);
    }
    // Set aside before answering, so the list can report what it set aside.
    if (damaged.length) await settle(damaged);
    // A failed upgrade loses nothing: the old record stays, and every read migrates it again.
    const upgraded = outdated.length ? settle(outdated).catch(() => undefined) : Promise.resolve();
    const recent = topRecent(records);
    void updateRecent(() => recent);
    return { records, quarantined: await setAside.list(), newer, upgraded };
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
    return mutate(keepKey, (current) => (current ? { record: mergeRecords(current, other), extra, remove: [candidateKey(otherKey)] } : undefined));
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
    for (const key of Object.keys(await readPrefixed(area, prefix))) {
      const record = await get(key.slice(prefix.length));
      if (record && record.key !== ownRecordKey && record.mentions.includes(own)) found.set(record.key, record);
    }
    return [...found.values()];
  }

  /** Calls `listener` with the record keys written or removed by any page of the extension. */
  function subscribe(listener: (changedRecordKeys: string[]) => void): () => void {
    return watchRecordKeys(area, listener);
  }

  return {
    /** The record stored under exactly this key (no alias followed), e.g. to refresh a list entry. */
    read: readRecord,
    readMany,
    /** The most recently changed candidates from a small cache: enough for a first screen, maybe stale. */
    readRecent,
    saveScreening,
    update,
    updateMany,
    get,
    getForDocument,
    snapshotsOf,
    list,
    /** Every value set aside, oldest first. */
    listQuarantine: setAside.list,
    /** Removes exactly these set-aside entries (the ones the recruiter saw and confirmed), nothing added since. */
    clearQuarantine: setAside.discard,
    remove,
    restore,
    put,
    link,
    tidy,
    suggestLinks,
    subscribe,
    usage,
  };
}
