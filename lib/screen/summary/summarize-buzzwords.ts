import type { BuzzwordEvidence } from '../../model/evidence';
import type { Screening } from '../../model/screening';

/**
 * Density is buzzwords per 100 words; the ratio compares them with concrete evidence (tools used in
 * real work, quantified outcomes, specified production statements), so a long concrete resume with
 * a few hype words keeps a low ratio.
 */
export function summarizeBuzzwords(buzzwords: readonly BuzzwordEvidence[], words: number, concreteEvidence: number): Screening['buzzwords'] {
  const counts = new Map<string, number>();
  for (const e of buzzwords) {
    const term = e.buzzword.term;
    counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  const terms = [...counts.entries()].map(([term, count]) => ({ term, count })).sort((a, b) => b.count - a.count || a.term.localeCompare(b.term));
  const count = buzzwords.length;
  return {
    density: words === 0 ? 0 : round2((count * 100) / words),
    count,
    terms,
    ratio: round2(count / Math.max(1, concreteEvidence)),
    evidenceIds: buzzwords.map((e) => e.id),
  };
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
