import Papa from 'papaparse';
import type { SourceKind } from '../model/candidate-document';
import { VERDICT_LABEL, verdictHasScore } from '../model/verdict-label';
import { z } from '../model/zod';
import { SourceEntry, type CandidateRecord, type ScreeningSnapshot } from '../storage/candidate-record';
import { bestSource } from '../storage/merge-records';
import { currentCompanyOf, documentsOf, emailOf, locationOf, phoneOf } from './candidate-documents';
import { splitName } from './csv-name';
import { STATUS_LABEL } from './status-label';
import { neutraliseFormula } from './neutralise-formula';

/** Spreadsheets read the file as UTF-8 only when it starts with a byte order mark. */
export const UTF8_BOM = '\uFEFF';

/**
 * Columns named as Greenhouse's and Lever's bulk imports name them, so their column mapping matches at
 * once; Shipcheck's own columns follow, the last one holding what a round trip needs and no ATS reads.
 */
export const CSV_COLUMNS = [
  'First Name',
  'Last Name',
  'Headline',
  'Current Company',
  'Location',
  'Email',
  'Phone',
  'LinkedIn URL',
  'GitHub URL',
  'Other URLs',
  'Source',
  'Status',
  'Verdict',
  'Score',
  'Tags',
  'Note',
  'Top Reasons',
  'Role',
  'Tools',
  'Flags',
  'Saved',
  'Updated',
  'Shipcheck Data',
] as const;

export const TAG_SEPARATOR = ', ';

const SOURCE_LABEL: Record<SourceKind, string> = { linkedin: 'LinkedIn', github: 'GitHub', pdf: 'PDF resume', jsonresume: 'JSON Resume', text: 'Text resume' };

/** What the visible columns cannot carry exactly: who the candidate is, every source's screening, the dates. */
export const CsvShipcheckData = z.object({
  v: z.literal(1),
  key: z.string().min(1),
  identities: z.array(z.string().min(1)).min(1),
  name: z.string().optional(),
  tags: z.array(z.string()),
  sources: z.array(SourceEntry),
  mentions: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CsvShipcheckData = z.infer<typeof CsvShipcheckData>;

function urlOf(record: CandidateRecord, source: 'linkedin' | 'github'): string {
  return record.sources.find((entry) => entry.source === source)?.url ?? '';
}

function shipcheckData(record: CandidateRecord): CsvShipcheckData {
  const { key, identities, name, tags, sources, mentions, createdAt, updatedAt } = record;
  return { v: 1, key, identities, name, tags, sources, mentions, createdAt, updatedAt };
}

function csvRow(record: CandidateRecord, snapshots: Record<string, ScreeningSnapshot>): string[] {
  const best = bestSource(record);
  const snapshot = best ? snapshots[best.identity] : undefined;
  const documents = documentsOf(record, snapshots);
  const { first, last } = splitName(record.name);
  const otherUrls = record.sources.filter((s) => s.source !== 'linkedin' && s.source !== 'github' && s.url).map((s) => s.url);
  const tools = [...new Set(record.sources.flatMap((s) => s.tools))];
  const flags = snapshot ? snapshot.flags.map((flag) => flag.message) : [...new Set(record.sources.flatMap((s) => s.flags))];
  return [
    first,
    last,
    record.headline ?? '',
    currentCompanyOf(documents) ?? '',
    locationOf(documents) ?? '',
    emailOf(documents) ?? '',
    phoneOf(documents) ?? '',
    urlOf(record, 'linkedin'),
    urlOf(record, 'github'),
    otherUrls.join(' '),
    [...new Set(record.sources.map((s) => SOURCE_LABEL[s.source]))].join(', '),
    STATUS_LABEL[record.status],
    best ? VERDICT_LABEL[best.verdict] : '',
    best && verdictHasScore(best.verdict) ? String(best.score) : '',
    record.tags.join(TAG_SEPARATOR),
    record.note,
    (snapshot?.reasons ?? []).slice(0, 3).join(' | '),
    best?.role ?? '',
    tools.join(', '),
    flags.join(' | '),
    record.createdAt,
    record.updatedAt,
    JSON.stringify(shipcheckData(record)),
  ];
}

/**
 * Candidates as CSV for a spreadsheet or an ATS: one row each, quoting by Papa Parse, every text cell
 * neutralised against formula injection (reversibly: import takes the guard off), a BOM so accents
 * survive, CRLF line ends as RFC 4180 asks.
 */
export function candidatesToCsv(records: CandidateRecord[], snapshots: Record<string, ScreeningSnapshot> = {}): string {
  const rows = records.map((record) => csvRow(record, snapshots).map(neutraliseFormula));
  return UTF8_BOM + Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { newline: '\r\n', quotes: false });
}
