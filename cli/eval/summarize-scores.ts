import type { DocumentScore } from './score-document';
import { addCounts, emptyCounts, precisionRecallF1 } from './precision-recall';

export interface ScoreSummary {
  documents: number;
  tools: ReturnType<typeof precisionRecallF1>;
  outcomes: ReturnType<typeof precisionRecallF1>;
  missingDeploymentAgreement: number;
  productionAgreement: number;
  verdictAgreement: number;
  buzzwordHeavyAgreement?: number;
}

const agreement = (pairs: { expected: unknown; predicted: unknown }[]) =>
  pairs.length === 0 ? 1 : pairs.filter((p) => p.expected === p.predicted).length / pairs.length;

export function summarizeScores(scores: DocumentScore[]): ScoreSummary {
  const buzz = scores.flatMap((s) => (s.buzzwordHeavy ? [s.buzzwordHeavy] : []));
  return {
    documents: scores.length,
    tools: precisionRecallF1(scores.map((s) => s.tools).reduce(addCounts, emptyCounts())),
    outcomes: precisionRecallF1(scores.map((s) => s.outcomes).reduce(addCounts, emptyCounts())),
    missingDeploymentAgreement: agreement(scores.map((s) => s.missingDeployment)),
    productionAgreement: agreement(scores.map((s) => s.production)),
    verdictAgreement: agreement(scores.map((s) => s.verdict)),
    buzzwordHeavyAgreement: buzz.length ? agreement(buzz) : undefined,
  };
}
