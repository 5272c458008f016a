import type { OutcomeEvidence } from '../../model/evidence';
import type { OutcomeSummary } from '../../model/screening';

/** One entry per claimed result; the same sentence and number found twice is listed once. */
export function summarizeOutcomes(outcomes: readonly OutcomeEvidence[]): OutcomeSummary[] {
  const seen = new Set<string>();
  const out: OutcomeSummary[] = [];
  for (const e of outcomes) {
    const key = `${e.quote}\u0000${e.outcome.token}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ text: e.quote, token: e.outcome.token, kind: e.outcome.kind, evidenceId: e.id });
  }
  return out;
}
