import Papa from 'papaparse';
import { identityFromUrl, identityKey } from '../storage/candidate-identity';
import type { CandidateRecord } from '../storage/candidate-record';
import { normaliseTags } from '../storage/candidate-store';
import { describeIssues } from '../storage/describe-issues';
import { CsvShipcheckData, TAG_SEPARATOR, UTF8_BOM } from './candidates-csv';
import { joinName, splitName } from './csv-name';
import { STATUS_LABEL, statusOfCell } from './status-label';
import type { IncomingEntry, ParsedImport, RejectedEntry } from './incoming-entry';
import { importCountProblem } from './import-limits';
import { restoreFormula } from './neutralise-formula';

/** The columns import reads, by the names this and older Shipcheck exports and common ATS templates use. */
const COLUMN_NAMES = {
  first: ['first name', 'firstname'],
  last: ['last name', 'lastname', 'surname'],
  name: ['name', 'full name'],
  headline: ['headline', 'title', 'current title'],
  linkedin: ['linkedin url', 'linkedin'],
  github: ['github url', 'github'],
  otherUrls: ['other urls', 'links', 'website'],
  status: ['status'],
  tags: ['tags'],
  note: ['note', 'notes'],
  saved: ['saved'],
  updated: ['updated'],
  data: ['shipcheck data'],
} as const;
type Column = keyof typeof COLUMN_NAMES;

/** Columns an export writes from the screening; import does not read them back (the screening is not in a CSV). */
const DERIVED_COLUMNS = ['current company', 'location', 'email', 'phone', 'source', 'verdict', 'score', 'top reasons', 'role', 'tools', 'flags'];

type Row = Record<string, string>;

function columnFinder(headers: string[]) {
  const byName = new Map(headers.map((header) => [header.trim().toLowerCase(), header]));
  const headerOf = (column: Column) => COLUMN_NAMES[column].map((name) => byName.get(name)).find((header) => header !== undefined);
  return {
    has: (column: Column) => headerOf(column) !== undefined,
    cell(row: Row, column: Column): string | undefined {
      const header = headerOf(column);
      return header === undefined || row[header] === undefined ? undefined : restoreFormula(row[header]);
    },
  };
}
type Columns = ReturnType<typeof columnFinder>;

function isoOrUndefined(cell: string | undefined): string | undefined {
  return cell && !Number.isNaN(Date.parse(cell)) ? new Date(cell).toISOString() : undefined;
}

function identitiesOfUrls(columns: Columns, row: Row): string[] {
  const urls = [columns.cell(row, 'linkedin'), columns.cell(row, 'github'), ...(columns.cell(row, 'otherUrls') ?? '').split(/\s+/)];
  return urls.flatMap((url) => {
    const identity = url ? identityFromUrl(url) : undefined;
    return identity ? [identityKey(identity)] : [];
  });
}

/** The name from the name columns; the exact exported name when the cells are what the export wrote. */
function nameOfRow(columns: Columns, row: Row, data: CsvShipcheckData | undefined): string | undefined {
  if (!columns.has('first') && !columns.has('last')) return columns.has('name') ? columns.cell(row, 'name') || undefined : data?.name;
  const first = columns.cell(row, 'first') ?? '';
  const last = columns.cell(row, 'last') ?? '';
  const exported = splitName(data?.name);
  return data && exported.first === first && exported.last === last ? data.name : joinName(first.trim(), last.trim());
}

function tagsOfRow(columns: Columns, row: Row, data: CsvShipcheckData | undefined): string[] {
  const cell = columns.cell(row, 'tags');
  if (cell === undefined) return data?.tags ?? [];
  return data && data.tags.join(TAG_SEPARATOR) === cell ? data.tags : normaliseTags(cell.split(','));
}

type RowResult = { ok: true; record: CandidateRecord } | { ok: false; reason: string };

function recordOfRow(columns: Columns, row: Row, now: string): RowResult {
  let data: CsvShipcheckData | undefined;
  const dataCell = columns.cell(row, 'data')?.trim();
  if (dataCell) {
    let json: unknown;
    try {
      json = JSON.parse(dataCell);
    } catch {
      return { ok: false, reason: 'the Shipcheck Data cell is not valid JSON' };
    }
    const parsed = CsvShipcheckData.safeParse(json);
    if (!parsed.success) return { ok: false, reason: `the Shipcheck Data cell is damaged: ${describeIssues(parsed.error)}` };
    data = parsed.data;
  }
  const identities = [...new Set([...(data?.identities ?? []), ...identitiesOfUrls(columns, row)])];
  if (!identities.length) return { ok: false, reason: 'no LinkedIn or GitHub URL and no Shipcheck Data cell: nothing says who this is' };
  const statusCell = columns.cell(row, 'status')?.trim() ?? '';
  const status = statusCell ? statusOfCell(statusCell) : 'unreviewed';
  if (!status) return { ok: false, reason: `status "${statusCell}" is not one of ${Object.values(STATUS_LABEL).join(', ')}` };
  const headline = columns.cell(row, 'headline');
  return {
    ok: true,
    record: {
      schema: 2,
      key: data?.key ?? identities[0],
      identities,
      name: nameOfRow(columns, row, data),
      headline: headline || undefined,
      sources: data?.sources ?? [],
      mentions: data?.mentions ?? [],
      status,
      tags: tagsOfRow(columns, row, data),
      note: columns.cell(row, 'note') ?? '',
      createdAt: data?.createdAt ?? isoOrUndefined(columns.cell(row, 'saved')) ?? now,
      updatedAt: data?.updatedAt ?? isoOrUndefined(columns.cell(row, 'updated')) ?? now,
      rev: 'imported',
    },
  };
}

/**
 * Reads candidates from a CSV: Shipcheck's own export (this and the older one-Name-column layout) or a
 * sheet with the same column names. Each row is checked on its own; the screening columns are not read.
 */
export function readCandidatesCsv(text: string, now: Date = new Date()): ParsedImport {
  const parsed = Papa.parse<Row>(text.startsWith(UTF8_BOM) ? text.slice(UTF8_BOM.length) : text, { header: true, skipEmptyLines: 'greedy' });
  const headers = parsed.meta.fields ?? [];
  const columns = columnFinder(headers);
  if (!columns.has('linkedin') && !columns.has('github') && !columns.has('data')) {
    return { ok: false, fileError: 'The CSV has no LinkedIn URL, GitHub URL or Shipcheck Data column, so no row says who the candidate is.' };
  }
  const tooMany = importCountProblem(parsed.data.length);
  if (tooMany) return { ok: false, fileError: tooMany };
  const badRows = new Map(parsed.errors.filter((error) => error.row !== undefined).map((error) => [error.row!, error.message]));
  const entries: IncomingEntry[] = [];
  const rejected: RejectedEntry[] = [];
  parsed.data.forEach((row, index) => {
    const position = `row ${index + 1}`;
    const problem = badRows.get(index);
    const result: RowResult = problem ? { ok: false, reason: `the row is malformed (${problem})` } : recordOfRow(columns, row, now.toISOString());
    if (result.ok) entries.push({ position, name: result.record.name, record: result.record, snapshots: {} });
    else rejected.push({ position, name: nameOfRow(columns, row, undefined), reason: result.reason });
  });
  const ignored = headers.filter((header) => DERIVED_COLUMNS.includes(header.trim().toLowerCase()));
  const notes = ignored.length ? [`Not read from a CSV (they come from the screening, which a CSV does not carry): ${ignored.join(', ')}.`] : [];
  return { ok: true, format: 'csv', entries, rejected, notes };
}
