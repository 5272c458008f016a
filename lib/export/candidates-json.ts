import { parseIdentityKey, profileUrlOf } from '../storage/candidate-identity';
import { CURRENT_SCHEMA, ScreeningSnapshot, SourceEntry, type CandidateRecord } from '../storage/candidate-record';
import { StatusOfAnyVersion } from '../storage/candidate-status';
import { z } from '../model/zod';

export const EXPORT_FORMAT = 'shipcheck-candidates';
export const EXPORT_VERSION = 1;

/** JSON Resume's `basics` (name, label, url, profiles), so other tools can read who the candidate is. */
export const ExportedBasics = z.object({
  name: z.string().optional(),
  label: z.string().optional(),
  url: z.string().optional(),
  profiles: z.array(z.object({ network: z.string(), username: z.string().optional(), url: z.string().optional() })),
});

/** Shipcheck's own annotation: everything needed to rebuild the saved candidate. */
export const ShipcheckAnnotation = z.object({
  key: z.string().min(1),
  identities: z.array(z.string().min(1)).min(1),
  /** Files exported before statuses had their own words carry the old ids; they are read as today's. */
  status: StatusOfAnyVersion,
  tags: z.array(z.string()),
  note: z.string(),
  mentions: z.array(z.string()).default([]),
  createdAt: z.string(),
  updatedAt: z.string(),
  sources: z.array(SourceEntry),
  snapshots: z.record(z.string(), ScreeningSnapshot),
});
export type ShipcheckAnnotation = z.infer<typeof ShipcheckAnnotation>;

export const ExportedCandidate = z.object({ basics: ExportedBasics, shipcheck: ShipcheckAnnotation });
export type ExportedCandidate = z.infer<typeof ExportedCandidate>;

export const CandidateExportEnvelope = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.string(),
  /** Validated one by one on import, so one bad entry does not sink the file. */
  candidates: z.array(z.unknown()),
});

const NETWORK_NAMES: Record<string, string> = { linkedin: 'LinkedIn', github: 'GitHub' };

function profilesOf(record: CandidateRecord) {
  return record.identities.flatMap((key) => {
    const identity = parseIdentityKey(key);
    if (!identity || !NETWORK_NAMES[identity.kind]) return [];
    const url = record.sources.find((source) => source.identity === key)?.url ?? profileUrlOf(identity);
    return [{ network: NETWORK_NAMES[identity.kind], username: identity.id, url }];
  });
}

export function exportCandidate(record: CandidateRecord, snapshots: Record<string, ScreeningSnapshot>): ExportedCandidate {
  const profiles = profilesOf(record);
  return {
    basics: { name: record.name, label: record.headline, url: profiles[0]?.url, profiles },
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

/** A versioned JSON file of candidates: JSON Resume basics plus the `shipcheck` annotation. */
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
      schema: CURRENT_SCHEMA,
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
