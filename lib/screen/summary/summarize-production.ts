import type { ProductionEvidence } from '../../model/evidence';
import type { ProductionLevel, Screening } from '../../model/screening';
import { clipQuote } from '../../text/clip-quote';

const PRODUCTION_RANK: Record<ProductionLevel, number> = { none: 0, mentioned: 1, specified: 2, quantified: 3 };

export const PRODUCTION_SEARCHED =
  'deployment, serving, monitoring, drift detection, A/B tests, retraining pipelines, CI/CD for models, rollbacks, on-call, SLOs and latency budgets';

const REASON: Record<ProductionLevel, (quote: string) => string> = {
  none: () => 'No statement about deploying, serving, monitoring or operating a system.',
  mentioned: (q) => `Production only mentioned, with no specifics: “${q}”.`,
  specified: (q) => `What ran and with what: “${q}”.`,
  quantified: (q) => `Numbers about the running system: “${q}”.`,
};

/**
 * The level is the highest level of any production statement (of any system: whether it is ML is the
 * checklist's and the verdict's question); its evidence is the statements at that level, the first of
 * them quoted in the reason. Repository artifacts (Dockerfiles, CI workflows) stay out: they are shown apart from
 * claims, and the checklist weighs them on their own.
 */
export function summarizeProduction(production: readonly ProductionEvidence[]): Screening['production'] {
  let level: ProductionLevel = 'none';
  for (const e of production) if (PRODUCTION_RANK[e.production.level] > PRODUCTION_RANK[level]) level = e.production.level;
  const atLevel = production.filter((e) => e.production.level === level);
  return {
    level,
    evidenceIds: atLevel.map((e) => e.id),
    ruleId: `production.${level}`,
    reason: REASON[level](atLevel[0] ? clipQuote(atLevel[0].quote) : ''),
    searched: level === 'none' ? `Searched for ${PRODUCTION_SEARCHED}; found none.` : `Searched for ${PRODUCTION_SEARCHED}.`,
  };
}
