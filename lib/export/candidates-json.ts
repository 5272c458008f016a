import { CandidateStatus, ScreeningSnapshot, SourceEntry, type CandidateRecord } from '../storage/candidate-record';
import { z } from '../model/zod';
import { jsonResumeOf, type JsonResume } from './json-resume';

export const EXPORT_FORMAT = 'shipcheck-candidates';
/** 1: JSON Resume `basics` only. 2: `work`, `education`, `skills`, `projects` too, and snapshots carry the saved document. */
export const EXPORT_VERSION = 2;

/** The part of JSON Resume's `basics` that import reads back (the name and headline of the candidate). */
export const ExportedBasics = z.object({
  name: z.string().optional(),
  label: z.string().optional(),
});

/** Shipcheck's own annotation, under its own key beside the JSON Resume sections: the saved candidate. */
export const ShipcheckAnnotation = z.object({
  key: z.string().min(1),
  identities: z.array(z.string().min(1)).min(1),
  status: CandidateStatus,
  tags: z.array(z.string()),
  note: z.string(),
  mentions: z.array(z.string()).default([]),
  createdAt: z.string(),
  updatedAt: z.string(),
  sources: z.array(SourceEntry),
  snapshots: z.record(z.string(), ScreeningSnapshot),
});
export type ShipcheckAnnotation = z.infer<typeof ShipcheckAnnotation>;

/** One exported candidate as import reads it; version 1 and 2 entries both have this shape. */
export const ExportedCandidate = z.object({ basics: ExportedBasics, shipcheck: ShipcheckAnnotation });
export type ExportedCandidate = z.infer<typeof ExportedCandidate>;

export type ExportedResume = JsonResume & { shipcheck: ShipcheckAnnotation };

export const CandidateExportEnvelope = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.number().int().min(1).max(EXPORT_VERSION),
  exportedAt: z.string(),
  /** Validated one by one on import, so one bad entry does not sink the file. */
  candidates: z.array(z.unknown()),
});

export function exportCandidate(record: CandidateRecord, snapshots: Record<string, ScreeningSnapshot>): ExportedResume {
  return {
    ...jsonResumeOf(record, snapshots),
    shipcheck: {
      key: record.key,
      identities: record.identities,
      status: record.status,
      tags: record.tags,
      note: record.note,
      mentions: record.mentions,
      createdAt: record.createdAt,
      updatedAt: record.updatedAt,
      sources: record.sources,
      snapshots: Object.fromEntries(record.sources.filter((s) => snapshots[s.identity]).map((s) => [s.identity, snapshots[s.identity]])),
    },
  };
}

/** A versioned file of candidates, each a valid JSON Resume with the `shipcheck` annotation beside it. */
export function candidatesToJson(
  entries: Array<{ record: CandidateRecord; snapshots: Record<string, ScreeningSnapshot> }>,
  exportedAt: Date = new Date(),
): string {
  const envelope = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: exportedAt.toISOString(),
    candidates: entries.map(({ record, snapshots }) => exportCandidate(record, snapshots)),
  };
  return JSON.stringify(envelope, null, 2);
}

/** The stored record an exported candidate stands for. */
export function recordFromExport(candidate: ExportedCandidate): { record: CandidateRecord; snapshots: Record<string, ScreeningSnapshot> } {
  const { shipcheck, basics } = candidate;
  const identities = shipcheck.identities.includes(shipcheck.key) ? shipcheck.identities : [shipcheck.key, ...shipcheck.identities];
  return {
    record: {
      schema: 2,
      key: shipcheck.key,
      identities,
      name: basics.name,
      headline: basics.label,
      sources: shipcheck.sources,
      mentions: shipcheck.mentions,
      status: shipcheck.status,
      tags: shipcheck.tags,
      note: shipcheck.note,
      createdAt: shipcheck.createdAt,
      updatedAt: shipcheck.updatedAt,
      rev: 'imported',
    },
    snapshots: shipcheck.snapshots,
  };
}
