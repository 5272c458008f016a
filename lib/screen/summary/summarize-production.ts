import type { ProductionEvidence } from '../../model/evidence';
import type { ProductionLevel, Screening } from '../../model/screening';

const PRODUCTION_RANK: Record<ProductionLevel, number> = { none: 0, mentioned: 1, specified: 2, quantified: 3 };

export const PRODUCTION_SEARCHED =
  'deployment, serving, monitoring, drift detection, A/B tests, retraining pipelines, CI/CD for models, rollbacks, on-call, SLOs and latency budgets';

/**
 * The level is the highest level of any production statement; its evidence is the statements at
 * that level. Repository artifacts (Dockerfiles, CI workflows) stay out: they are shown apart from
 * claims, and the checklist weighs them on their own.
 */
export function summarizeProduction(production: readonly ProductionEvidence[]): Screening['production'] {
  let level: ProductionLevel = 'none';
  for (const e of production) if (PRODUCTION_RANK[e.production.level] > PRODUCTION_RANK[level]) level = e.production.level;
  return {
    level,
    evidenceIds: production.filter((e) => e.production.level === level).map((e) => e.id),
    searched: level === 'none' ? `Searched for ${PRODUCTION_SEARCHED}; found none.` : `Searched for ${PRODUCTION_SEARCHED}.`,
  };
}
