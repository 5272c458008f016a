import type { CandidateRecord, ScreeningSnapshot } from '../storage/candidate-record';
import type { CandidateStore } from '../storage/candidate-store';
import { StorageFullError } from '../storage/storage-usage';
import { checkIncoming } from './check-incoming';
import type { ImportFormat, IncomingEntry, ParsedImport, RejectedEntry } from './incoming-entry';
import { textSizeProblem } from './import-limits';
import { mergeImported, type FieldChange } from './merge-imported';
import { readCandidatesCsv } from './read-candidates-csv';
import { readJsonExport } from './read-json-export';

export type { RejectedEntry } from './incoming-entry';

export interface PlannedEntry {
  position: string;
  name?: string;
  /** The saved candidate the entry lands in. */
  key: string;
  record: CandidateRecord;
  snapshots: Record<string, ScreeningSnapshot>;
  changes: FieldChange[];
  /** What checking left out or set back (times from the future, screenings that belong elsewhere). */
  warnings: string[];
}

export interface ImportReport {
  format?: ImportFormat;
  /** False for a preview: nothing was written. */
  applied: boolean;
  added: PlannedEntry[];
  updated: PlannedEntry[];
  unchanged: PlannedEntry[];
  rejected: RejectedEntry[];
  /** About the file as a whole (columns not read). */
  notes: string[];
  /** Set when the file as a whole could not be read; nothing was imported then. */
  fileError?: string;
}

export interface ImportProgress {
  phase: 'checking' | 'saving';
  done: number;
  total: number;
}

export interface ImportOptions {
  now?: Date;
  onProgress?(progress: ImportProgress): void;
}

type ImportStore = Pick<CandidateStore, 'get' | 'snapshotsOf' | 'put'>;

/** Reads an import file: a Shipcheck JSON export (any version) or a CSV, told apart by name and content. */
export function readImportFile(text: string, fileName = '', now: Date = new Date()): ParsedImport {
  const tooBig = textSizeProblem(text);
  if (tooBig) return { ok: false, fileError: tooBig };
  if (!text.replace(/^\uFEFF/, '').trim()) return { ok: false, fileError: 'The file is empty.' };
  const looksJson = /^\uFEFF?\s*[{[]/.test(text);
  const isCsv = fileName.toLowerCase().endsWith('.csv') || (!fileName.toLowerCase().endsWith('.json') && !looksJson);
  return isCsv ? readCandidatesCsv(text, now) : readJsonExport(text);
}

/** The saved candidates as they will be once earlier entries of the same file are in: a dry run sees its own writes. */
class PlanningView {
  private readonly byIdentity = new Map<string, CandidateRecord>();
  private readonly planned = new Map<string, ScreeningSnapshot>();

  constructor(private readonly store: ImportStore) {}

  async find(identity: string): Promise<CandidateRecord | undefined> {
    return this.byIdentity.get(identity) ?? (await this.store.get(identity));
  }

  async snapshotsOf(record: CandidateRecord): Promise<Record<string, ScreeningSnapshot>> {
    const saved = await this.store.snapshotsOf(record);
    for (const source of record.sources) {
      const planned = this.planned.get(source.identity);
      if (planned) saved[source.identity] = planned;
    }
    return saved;
  }

  remember(record: CandidateRecord, snapshots: Record<string, ScreeningSnapshot>): void {
    for (const identity of record.identities) this.byIdentity.set(identity, record);
    for (const [identity, snapshot] of Object.entries(snapshots)) this.planned.set(identity, snapshot);
  }
}

async function planEntry(
  view: PlanningView,
  entry: IncomingEntry,
  now: Date,
): Promise<{ planned: PlannedEntry; action: 'added' | 'updated' | 'unchanged' } | RejectedEntry> {
  const checked = checkIncoming(entry, now);
  if (!checked.ok) return { position: entry.position, name: entry.name, reason: checked.reason };
  const { record } = checked;
  const found = await Promise.all([record.key, ...record.identities].map(async (identity) => [identity, await view.find(identity)] as const));
  const target = found.find(([, saved]) => saved)?.[1];
  const foreign = new Map(found.filter(([, saved]) => saved && target && saved.key !== target.key) as Array<readonly [string, CandidateRecord]>);
  const warnings = [...checked.warnings];
  for (const [identity, owner] of foreign)
    warnings.push(`${identity} belongs to the saved candidate ${owner.name ?? owner.key}; left out, with its source and screening.`);
  const own = {
    ...checked,
    record: {
      ...record,
      identities: record.identities.filter((identity) => !foreign.has(identity)),
      sources: record.sources.filter((source) => !foreign.has(source.identity)),
    },
    snapshots: Object.fromEntries(Object.entries(checked.snapshots).filter(([identity]) => !foreign.has(identity))),
  };
  const merge = mergeImported(target, target ? await view.snapshotsOf(target) : {}, own);
  view.remember(merge.record, merge.snapshots);
  const planned: PlannedEntry = { position: entry.position, name: merge.record.name ?? entry.name, key: merge.record.key, ...merge, warnings };
  return { planned, action: !target ? 'added' : merge.changes.length ? 'updated' : 'unchanged' };
}

/**
 * What importing the file would do, without writing anything: each entry checked, matched to the saved
 * candidate with any of its identities, merged by the rules of `mergeImported`, with every field change.
 */
export async function planImport(parsed: ParsedImport, store: ImportStore, options: ImportOptions = {}): Promise<ImportReport> {
  const report: ImportReport = { applied: false, added: [], updated: [], unchanged: [], rejected: [], notes: [] };
  if (!parsed.ok) return { ...report, fileError: parsed.fileError };
  const now = options.now ?? new Date();
  const view = new PlanningView(store);
  report.format = parsed.format;
  report.notes = parsed.notes;
  report.rejected = [...parsed.rejected];
  for (const [index, entry] of parsed.entries.entries()) {
    const result = await planEntry(view, entry, now);
    if ('reason' in result) report.rejected.push(result);
    else report[result.action].push(result.planned);
    options.onProgress?.({ phase: 'checking', done: index + 1, total: parsed.entries.length });
  }
  return report;
}

/**
 * Imports the file: plans it again against the candidates saved now (they may have changed since a
 * preview), then writes each added or updated candidate through the store. A write that fails is reported
 * with its reason; when storage is full the rest are reported as not imported.
 */
export async function applyImport(parsed: ParsedImport, store: ImportStore, options: ImportOptions = {}): Promise<ImportReport> {
  const plan = await planImport(parsed, store, options);
  if (plan.fileError) return plan;
  const report: ImportReport = { ...plan, applied: true, added: [], updated: [] };
  const writes = [...plan.added.map((entry) => ['added', entry] as const), ...plan.updated.map((entry) => ['updated', entry] as const)];
  let full: string | undefined;
  for (const [index, [action, entry]] of writes.entries()) {
    if (full) {
      report.rejected.push({ position: entry.position, name: entry.name, reason: `not imported: ${full}` });
      continue;
    }
    try {
      await store.put(entry.record, entry.snapshots);
      report[action].push(entry);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (error instanceof StorageFullError) full = message;
      report.rejected.push({ position: entry.position, name: entry.name, reason: `could not be saved: ${message}` });
    }
    options.onProgress?.({ phase: 'saving', done: index + 1, total: writes.length });
  }
  return report;
}

export function describeImport(report: ImportReport): string {
  if (report.fileError) return `Nothing imported. ${report.fileError}`;
  const parts = [`${report.added.length} added`, `${report.updated.length} updated`];
  if (report.unchanged.length) parts.push(`${report.unchanged.length} already up to date`);
  if (report.rejected.length) parts.push(`${report.rejected.length} rejected`);
  return `${report.applied ? 'Import' : 'Import preview'}: ${parts.join(', ')}.`;
}
