/**
 * The part of `browser.storage.local` the store uses. Passing it in keeps the store free of WXT globals,
 * so the same code runs on the real browser, on @webext-core/fake-browser and on test doubles.
 */
export interface StorageChange {
  oldValue?: unknown;
  newValue?: unknown;
}

export interface StorageChangedEvent {
  addListener(listener: (changes: Record<string, StorageChange>) => void): void;
  removeListener(listener: (changes: Record<string, StorageChange>) => void): void;
}

export interface StorageAreaLike {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  /** Chrome 130+: every key without the values, so a listing need not read every snapshot. */
  getKeys?(): Promise<string[]>;
  getBytesInUse?(keys?: string | string[] | null): Promise<number>;
  QUOTA_BYTES?: number;
  onChanged?: StorageChangedEvent;
}

export const CANDIDATE_PREFIX = 'candidate:';
export const SNAPSHOT_PREFIX = 'snapshot:';
export const ALIAS_PREFIX = 'alias:';
export const QUARANTINE_PREFIX = 'quarantine:';
/** `mention:<named identity>|<record key>`: one key per link, so no two writers ever share one. */
export const MENTION_PREFIX = 'mention:';

/** Calls back with the keys of the records that changed in `area`, from any page or the background. */
export function watchRecordKeys(area: Pick<StorageAreaLike, 'onChanged'>, listener: (changedRecordKeys: string[]) => void): () => void {
  const onChanged = (changes: Record<string, unknown>) => {
    const keys = Object.keys(changes)
      .filter((key) => key.startsWith(CANDIDATE_PREFIX))
      .map((key) => key.slice(CANDIDATE_PREFIX.length));
    if (keys.length) listener(keys);
  };
  area.onChanged?.addListener(onChanged);
  return () => area.onChanged?.removeListener(onChanged);
}

export const candidateKey = (recordKey: string) => `${CANDIDATE_PREFIX}${recordKey}`;
export const snapshotKey = (identityKey: string) => `${SNAPSHOT_PREFIX}${identityKey}`;
export const aliasKey = (identityKey: string) => `${ALIAS_PREFIX}${identityKey}`;
export const mentionKey = (namedIdentity: string, recordKey: string) => `${MENTION_PREFIX}${namedIdentity}|${recordKey}`;

/** What chrome.storage counts against the quota for one item: the key plus its JSON. */
export function itemBytes(key: string, value: unknown): number {
  return key.length + JSON.stringify(value).length;
}

/** Bytes the values take together, counted as chrome.storage counts them; absent (undefined) values take none. */
export function totalBytes(values: Record<string, unknown>): number {
  return Object.entries(values).reduce((sum, [key, value]) => (value === undefined ? sum : sum + itemBytes(key, value)), 0);
}

/** Keys with the prefix, and their values; reads only those keys when the browser can list keys. */
export async function readPrefixed(area: StorageAreaLike, prefix: string): Promise<Record<string, unknown>> {
  const keys = area.getKeys ? (await area.getKeys()).filter((key) => key.startsWith(prefix)) : undefined;
  if (keys && keys.length === 0) return {};
  const values = await area.get(keys ?? null);
  return Object.fromEntries(Object.entries(values).filter(([key]) => key.startsWith(prefix)));
}
