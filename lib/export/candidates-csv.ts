import Papa from 'papaparse';
import type { CandidateRecord, ScreeningSnapshot } from '../storage/candidate-record';
import { bestSource, candidateScore } from '../storage/merge-records';
import { neutraliseFormula } from './neutralise-formula';

/** Spreadsheets read the file as UTF-8 only when it starts with a byte order mark. */
export const UTF8_BOM = '\uFEFF';

export const CSV_COLUMNS = [
  'Name',
  'Headline',
  'Status',
  'Score',
  'Verdict',
  'Role',
  'Sources',
  'LinkedIn',
  'GitHub',
  'Other URLs',
  'Tags',
  'Note',
  'Tools',
  'Flags',
  'Reasons',
  'Saved',
  'Updated',
] as const;

function urlOf(record: CandidateRecord, source: 'linkedin' | 'github'): string {
  return record.sources.find((entry) => entry.source === source)?.url ?? '';
}

function csvRow(record: CandidateRecord, snapshots: Record<string, ScreeningSnapshot>): Array<string | number> {
  const best = bestSource(record);
  const snapshot = best ? snapshots[best.identity] : undefined;
  const otherUrls = record.sources.filter((s) => s.source !== 'linkedin' && s.source !== 'github' && s.url).map((s) => s.url);
  const tools = [...new Set(record.sources.flatMap((s) => s.tools))];
  const flags = snapshot ? snapshot.flags.map((flag) => flag.message) : [...new Set(record.sources.flatMap((s) => s.flags))];
  return [
    record.name ?? '',
    record.headline ?? '',
    record.status,
    candidateScore(record),
    best?.verdict ?? '',
    best?.role ?? '',
    record.sources.map((s) => s.source).join(', '),
    urlOf(record, 'linkedin'),
    urlOf(record, 'github'),
    otherUrls.join(' '),
    record.tags.join(', '),
    record.note,
    tools.join(', '),
    flags.join(' | '),
    (snapshot?.reasons ?? []).join(' | '),
    record.createdAt,
    record.updatedAt,
  ];
}

/**
 * Candidates as CSV for a spreadsheet or an ATS: one row each, quoting by Papa Parse, every text cell
 * neutralised against formula injection, a BOM so accents survive, CRLF line ends as RFC 4180 asks.
 */
export function candidatesToCsv(records: CandidateRecord[], snapshots: Record<string, ScreeningSnapshot> = {}): string {
  const rows = records.map((record) => csvRow(record, snapshots).map((cell) => (typeof cell === 'string' ? neutraliseFormula(cell) : cell)));
  return UTF8_BOM + Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { newline: '\r\n', quotes: false });
}
