import type { CandidateRecord, ScreeningSnapshot } from '../storage/candidate-record';

/** One candidate read from an import file, before it is checked against the saved ones. */
export interface IncomingEntry {
  /** Where it sits in the file: the JSON entry from 1, or the CSV line. */
  position: string;
  name?: string;
  record: CandidateRecord;
  snapshots: Record<string, ScreeningSnapshot>;
}

export interface RejectedEntry {
  position: string;
  name?: string;
  reason: string;
}

export type ImportFormat = 'json' | 'csv';

/** An import file read and checked entry by entry; `fileError` when nothing in it could be read. */
export type ParsedImport =
  { ok: true; format: ImportFormat; entries: IncomingEntry[]; rejected: RejectedEntry[]; notes: string[] } | { ok: false; fileError: string };
