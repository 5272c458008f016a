import type { Screening } from '../model/screening';
import type { ScreeningSnapshot, SnapshotEvidence } from './candidate-record';

/**
 * How much evidence a snapshot keeps. `full`: every quote a summary, flag or check points at; `essential`:
 * only the quotes behind flags and checklist items, shortened; `none`: messages and reasons only.
 */
export type SnapshotDetail = 'full' | 'essential' | 'none';

export const ESSENTIAL_QUOTE_CHARS = 240;

function referencedIds(screening: Screening): Set<string> {
  const ids = new Set<string>();
  for (const flag of screening.flags) flag.evidenceIds.forEach((id) => ids.add(id));
  for (const item of screening.checklist) item.evidenceIds.forEach((id) => ids.add(id));
  for (const tool of screening.tools) tool.evidenceIds.forEach((id) => ids.add(id));
  for (const outcome of screening.outcomes) ids.add(outcome.evidenceId);
  screening.production.evidenceIds.forEach((id) => ids.add(id));
  screening.buzzwords.evidenceIds.forEach((id) => ids.add(id));
  return ids;
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** The screening as stored with a saved candidate: every summary, flag and check, and the quotes they cite. */
export function snapshotScreening(screening: Screening, detail: SnapshotDetail = 'full'): ScreeningSnapshot {
  const keep = referencedIds(screening);
  const evidence: SnapshotEvidence[] = screening.evidence
    .filter((item) => keep.has(item.id))
    .map((item) => ({
      id: item.id,
      kind: item.kind,
      ruleId: item.ruleId,
      quote: item.quote,
      match: item.match,
      section: item.location.section,
    }));
  const full: ScreeningSnapshot = {
    role: screening.role,
    screenedAt: screening.screenedAt,
    score: screening.score,
    verdict: screening.verdict,
    words: screening.words,
    tools: screening.tools,
    outcomes: screening.outcomes,
    production: screening.production,
    buzzwords: { density: screening.buzzwords.density, count: screening.buzzwords.count, terms: screening.buzzwords.terms },
    flags: screening.flags,
    checklist: screening.checklist,
    reasons: screening.reasons,
    incomplete: screening.incomplete,
    evidence,
    evidenceTrimmed: false,
  };
  return detail === 'full' ? full : trimSnapshot(full, detail);
}

/** Shrinks a snapshot to the given detail (used when storage is nearly full); flags and checks stay whole. */
export function trimSnapshot(snapshot: ScreeningSnapshot, detail: Exclude<SnapshotDetail, 'full'>): ScreeningSnapshot {
  const essential = new Set<string>();
  if (detail === 'essential') {
    for (const flag of snapshot.flags) flag.evidenceIds.forEach((id) => essential.add(id));
    for (const item of snapshot.checklist) item.evidenceIds.forEach((id) => essential.add(id));
  }
  const kept = snapshot.evidence.filter((item) => essential.has(item.id));
  const evidence = kept.map((item) => ({ ...item, quote: shorten(item.quote, ESSENTIAL_QUOTE_CHARS) }));
  const lostSomething = kept.length < snapshot.evidence.length || kept.some((item) => item.quote.length > ESSENTIAL_QUOTE_CHARS);
  return { ...snapshot, evidence, evidenceTrimmed: snapshot.evidenceTrimmed || lostSomething };
}
