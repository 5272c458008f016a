import { parseIdentityKey } from '../storage/candidate-identity';
import type { CandidateRecord, ScreeningSnapshot } from '../storage/candidate-record';
import type { CandidateStore } from '../storage/candidate-store';
import { describeIssues } from '../storage/describe-issues';
import { mergeRecords } from '../storage/merge-records';
import { CandidateExportEnvelope, EXPORT_FORMAT, EXPORT_VERSION, ExportedCandidate, recordFromExport } from './candidates-json';

export interface ImportedEntry {
  key: string;
  name?: string;
}

export interface RejectedEntry {
  /** Position in the file's `candidates` list, from 0. */
  index: number;
  name?: string;
  reason: string;
}

export interface ImportReport {
  added: ImportedEntry[];
  updated: ImportedEntry[];
  unchanged: ImportedEntry[];
  rejected: RejectedEntry[];
  /** Set when the file as a whole could not be read; nothing was imported then. */
  fileError?: string;
}

function nameOf(raw: unknown): string | undefined {
  const name = (raw as { basics?: { name?: unknown } } | null)?.basics?.name;
  return typeof name === 'string' ? name : undefined;
}

/** Why an entry that matches the schema still cannot be stored, if it cannot. */
function semanticProblem(candidate: ExportedCandidate): string | undefined {
  const { shipcheck } = candidate;
  const unknown = [shipcheck.key, ...shipcheck.identities].find((key) => !parseIdentityKey(key));
  if (unknown) return `unknown identity "${unknown}" (expected linkedin:, github:, pdf: or file:)`;
  const stray = shipcheck.sources.find((source) => !shipcheck.identities.includes(source.identity));
  if (stray) return `source ${stray.identity} is not one of the candidate's identities`;
  return undefined;
}

type ParsedFile = { ok: true; candidates: unknown[] } | { ok: false; error: string };

function parseFile(text: string): ParsedFile {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: 'The file is not valid JSON.' };
  }
  const format = (json as { format?: unknown } | null)?.format;
  const version = (json as { version?: unknown } | null)?.version;
  if (format !== EXPORT_FORMAT) return { ok: false, error: 'The file is not a Shipcheck candidates export.' };
  if (typeof version === 'number' && version > EXPORT_VERSION) {
    return { ok: false, error: `The file was made by a newer Shipcheck (version ${version}); update the extension to import it.` };
  }
  const envelope = CandidateExportEnvelope.safeParse(json);
  return envelope.success ? { ok: true, candidates: envelope.data.candidates } : { ok: false, error: `The file is damaged: ${describeIssues(envelope.error, '(entry)')}` };
}

function newerSnapshots(
  incoming: Record<string, ScreeningSnapshot>,
  local: Record<string, ScreeningSnapshot>,
): Record<string, ScreeningSnapshot> {
  return Object.fromEntries(Object.entries(incoming).filter(([identity, snapshot]) => !local[identity] || local[identity].screenedAt < snapshot.screenedAt));
}

function sameContent(a: CandidateRecord, b: CandidateRecord): boolean {
  const content = (r: CandidateRecord) => JSON.stringify([r.identities, r.name, r.headline, r.sources, r.mentions, r.status, r.tags, r.note]);
  return content(a) === content(b);
}

async function findExisting(store: CandidateStore, identities: string[]): Promise<CandidateRecord | undefined> {
  for (const identity of identities) {
    const found = await store.get(identity);
    if (found) return found;
  }
  return undefined;
}

/**
 * Imports a Shipcheck JSON export: each entry validated on its own, merged by identity into the saved
 * candidates (never duplicated), and a report of what was added, updated, left unchanged or rejected.
 */
export async function importCandidatesJson(text: string, store: CandidateStore): Promise<ImportReport> {
  const report: ImportReport = { added: [], updated: [], unchanged: [], rejected: [] };
  const file = parseFile(text);
  if (!file.ok) return { ...report, fileError: file.error };
  for (const [index, raw] of file.candidates.entries()) {
    const parsed = ExportedCandidate.safeParse(raw);
    if (!parsed.success) {
      report.rejected.push({ index, name: nameOf(raw), reason: describeIssues(parsed.error, '(entry)') });
      continue;
    }
    const problem = semanticProblem(parsed.data);
    if (problem) {
      report.rejected.push({ index, name: parsed.data.basics.name, reason: problem });
      continue;
    }
    const { record, snapshots } = recordFromExport(parsed.data);
    const existing = await findExisting(store, record.identities);
    const entry = { key: existing?.key ?? record.key, name: record.name ?? existing?.name };
    if (!existing) {
      await store.put(record, snapshots);
      report.added.push(entry);
      continue;
    }
    const merged = mergeRecords(existing, { ...record, key: existing.key });
    const fresher = newerSnapshots(snapshots, await store.snapshotsOf(merged));
    if (sameContent(merged, existing) && Object.keys(fresher).length === 0) {
      report.unchanged.push(entry);
      continue;
    }
    await store.put(merged, fresher);
    report.updated.push(entry);
  }
  return report;
}

export function describeImport(report: ImportReport): string {
  if (report.fileError) return `Nothing imported. ${report.fileError}`;
  const parts = [`${report.added.length} added`, `${report.updated.length} updated`];
  if (report.unchanged.length) parts.push(`${report.unchanged.length} already up to date`);
  if (report.rejected.length) parts.push(`${report.rejected.length} rejected`);
  return `Import: ${parts.join(', ')}.`;
}
