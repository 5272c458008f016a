import { confusionMatrix, formatConfusionMatrix } from './confusion-matrix';
import type { DocumentScore } from './score-document';
import type { ScoreSummary } from './summarize-scores';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(6);
const f = (x: number) => x.toFixed(3);

function summaryLine(label: string, s: ScoreSummary): string {
  return [
    label.padEnd(12),
    String(s.documents).padStart(4),
    `  tools P ${f(s.tools.precision)} R ${f(s.tools.recall)} F1 ${f(s.tools.f1)}`,
    `  outcomes P ${f(s.outcomes.precision)} R ${f(s.outcomes.recall)} F1 ${f(s.outcomes.f1)}`,
    `  missing-deploy ${pct(s.missingDeploymentAgreement)}  production ${pct(s.productionAgreement)}  verdict ${pct(s.verdictAgreement)}`,
    s.buzzwordHeavyAgreement === undefined ? '' : `  buzzword-heavy ${pct(s.buzzwordHeavyAgreement)}`,
  ].join('');
}

function misses(score: DocumentScore): string[] {
  const lines: string[] = [];
  const list = (label: string, items: string[]) => items.length && lines.push(`    ${label} (${items.length}): ${items.join('; ')}`);
  list('missed tools', score.missedTools);
  list('extra tools', score.extraTools);
  list('missed outcomes', score.missedOutcomes);
  list('extra outcomes', score.extraOutcomes);
  const d = score.missingDeployment;
  if (score.production.expected !== score.production.predicted)
    lines.push(
      `    production: expected ${score.production.expected}, got ${score.production.predicted}${d.expected !== d.predicted ? ' (missing-deployment disagrees)' : ''}`,
    );
  if (score.verdict.expected !== score.verdict.predicted) lines.push(`    verdict: expected ${score.verdict.expected}, got ${score.verdict.predicted}`);
  const b = score.buzzwordHeavy;
  if (b && b.expected !== b.predicted) lines.push(`    buzzword-heavy: expected ${b.expected}, got ${b.predicted}`);
  return lines;
}

const VERDICTS = ['strong', 'potential', 'pass', 'insufficient'];
const PRODUCTION_LEVELS = ['quantified', 'specified', 'mentioned', 'none'];

export function verdictMatrix(scores: readonly DocumentScore[]) {
  return confusionMatrix(
    scores.map((s) => ({ file: s.file, ...s.verdict })),
    VERDICTS,
  );
}

export function productionMatrix(scores: readonly DocumentScore[]) {
  return confusionMatrix(
    scores.map((s) => ({ file: s.file, ...s.production })),
    PRODUCTION_LEVELS,
  );
}

export interface EvalFailure {
  file: string;
  error: string;
}

export function formatEvalReport(
  byKind: [string, ScoreSummary][],
  overall: ScoreSummary,
  scores: DocumentScore[],
  failures: EvalFailure[],
  timings: Map<string, number>,
): string {
  const out = ['Per document', ''];
  for (const s of scores) {
    const ms = timings.get(s.file);
    out.push(`  ${s.file}${ms === undefined ? '' : `  (${ms.toFixed(1)} ms)`}`);
    const m = misses(s);
    out.push(...(m.length ? m : ['    all labels matched']));
  }
  for (const fail of failures) out.push(`  ${fail.file}\n    could not be read: ${fail.error}`);
  out.push('', formatConfusionMatrix('Verdict', verdictMatrix(scores)));
  out.push('', formatConfusionMatrix('Production level', productionMatrix(scores)));
  out.push('', 'Summary (micro-averaged)', '');
  for (const [kind, summary] of byKind) out.push(summaryLine(kind, summary));
  out.push(summaryLine('all', overall));
  return out.join('\n');
}
