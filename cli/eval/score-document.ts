import type { Screening } from '../../lib/model/screening';
import type { EvalLabel } from './eval-labels';
import { numericCore } from './numeric-core';
import { compareSets, type Counts } from './precision-recall';

export type CanonicalToolName = (name: string) => string;

export interface DocumentScore {
  file: string;
  tools: Counts;
  outcomes: Counts;
  missedTools: string[];
  extraTools: string[];
  missedOutcomes: string[];
  extraOutcomes: string[];
  missingDeployment: { expected: boolean; predicted: boolean };
  production: { expected: string; predicted: string };
  verdict: { expected: string; predicted: string };
  buzzwordHeavy?: { expected: boolean; predicted: boolean };
}

/** Case, spacing and punctuation do not make two tools different; "C++" and "C#" keep their symbols. */
export function toolKey(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9+#]/g, '');
}

/** Scores one screening against its hand label, following LABELING.md's matching rules. */
export function scoreDocument(label: EvalLabel, screening: Screening, canonical: CanonicalToolName): DocumentScore {
  const key = (name: string) => toolKey(canonical(name));
  const toolDisplay = new Map<string, string>();
  for (const t of screening.tools) toolDisplay.set(key(t.name), t.name);
  for (const t of label.tools) toolDisplay.set(key(t), t);
  const tools = compareSets(new Set(screening.tools.map((t) => key(t.name))), new Set(label.tools.map(key)));

  const outcomeDisplay = new Map<string, string>();
  const predictedCores = new Set<string>();
  for (const o of screening.outcomes) {
    const core = numericCore(o.token);
    if (core === undefined) continue;
    predictedCores.add(core);
    outcomeDisplay.set(core, `${o.token} (${o.text.slice(0, 70)})`);
  }
  const expectedCores = new Set<string>();
  for (const o of label.outcomes) {
    const core = numericCore(o.token);
    if (core === undefined) continue;
    expectedCores.add(core);
    outcomeDisplay.set(core, `${o.token} (${(o.quote ?? '').slice(0, 70)})`);
  }
  const outcomes = compareSets(predictedCores, expectedCores);

  const predictedMissing = screening.production.level === 'none' || screening.production.level === 'mentioned';
  return {
    file: label.file,
    tools: tools.counts,
    outcomes: outcomes.counts,
    missedTools: tools.missed.map((k) => toolDisplay.get(k) ?? k),
    extraTools: tools.extra.map((k) => toolDisplay.get(k) ?? k),
    missedOutcomes: outcomes.missed.map((k) => outcomeDisplay.get(k) ?? k),
    extraOutcomes: outcomes.extra.map((k) => outcomeDisplay.get(k) ?? k),
    missingDeployment: { expected: label.missingDeployment, predicted: predictedMissing },
    production: { expected: label.production, predicted: screening.production.level },
    verdict: { expected: label.verdict, predicted: screening.verdict },
    buzzwordHeavy:
      label.buzzwordHeavy === undefined ? undefined : { expected: label.buzzwordHeavy, predicted: screening.flags.some((f) => f.id === 'buzzword-heavy') },
  };
}
