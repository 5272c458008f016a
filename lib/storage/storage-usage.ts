import { totalBytes, type StorageAreaLike } from './storage-area';

/** chrome.storage.local without the unlimitedStorage permission. */
export const DEFAULT_QUOTA_BYTES = 10 * 1024 * 1024;
/** Above this share of the quota the UI warns, so the recruiter can export before anything is refused. */
export const WARN_RATIO = 0.8;
/** Writes keep this share of the quota free, as a margin for the browser's own accounting. */
export const WRITE_LIMIT_RATIO = 0.97;
/**
 * With unlimitedStorage nothing is ever refused, so the warning comes at a size chosen here: 256 MB is
 * about 5,000 candidates with their quotes (a saved screening takes 20-60 kB), the number the side panel
 * is built and measured for. Past it the browser profile keeps growing and an export gets too big to
 * open comfortably, so the recruiter is asked to export and delete.
 */
export const UNLIMITED_WARN_BYTES = 256 * 1024 * 1024;

export interface StorageUsage {
  bytesInUse: number;
  /** `null` when the extension holds unlimitedStorage. */
  quotaBytes: number | null;
  /** Share of the quota in use; 0 without a quota. */
  ratio: number;
  level: 'ok' | 'warning' | 'full';
}

export async function bytesInUse(area: StorageAreaLike): Promise<number> {
  if (area.getBytesInUse) return area.getBytesInUse(null);
  return totalBytes(await area.get(null));
}

export function usageLevel(used: number, quotaBytes: number | null): StorageUsage {
  if (quotaBytes === null) return { bytesInUse: used, quotaBytes, ratio: 0, level: used >= UNLIMITED_WARN_BYTES ? 'warning' : 'ok' };
  const ratio = used / quotaBytes;
  return { bytesInUse: used, quotaBytes, ratio, level: ratio >= WRITE_LIMIT_RATIO ? 'full' : ratio >= WARN_RATIO ? 'warning' : 'ok' };
}

export function describeUsage(usage: StorageUsage): string | undefined {
  if (usage.level === 'ok') return undefined;
  if (usage.quotaBytes === null) {
    return `Saved candidates take ${megabytes(usage.bytesInUse)} MB on this computer. Export them and delete the ones you no longer need.`;
  }
  const percent = Math.round(usage.ratio * 100);
  return usage.level === 'full'
    ? `Storage is full (${percent}%). Export your candidates and delete old ones before saving more.`
    : `Storage is ${percent}% full. Export your candidates soon; new screenings will keep fewer quotes.`;
}

const megabytes = (bytes: number) => Math.round(bytes / 1024 / 1024);

export class StorageFullError extends Error {
  constructor(
    readonly neededBytes: number,
    readonly usage: StorageUsage,
  ) {
    super(
      `Not saved: storage is full (${Math.round(usage.ratio * 100)}% of ${megabytes(usage.quotaBytes ?? 0)} MB used). ` +
        'Export your candidates and delete some, then try again. Nothing already saved was changed.',
    );
    this.name = 'StorageFullError';
  }
}
