import type { Flag } from '../../model/screening';
import type { ScreenFacts } from '../screen-facts';

const OPERATIONAL_ASPECTS = new Set(['monitoring', 'drift', 'retraining', 'on-call', 'rollback', 'slo']);

/** Every quantified result is a model-quality metric: nothing about latency, cost, scale, uptime or upkeep. */
export function flagAccuracyOnly(f: ScreenFacts): Flag | undefined {
  if (f.outcomes.length === 0 || f.outcomes.some((o) => o.kind !== 'quality')) return undefined;
  if (f.ev.production.some((p) => OPERATIONAL_ASPECTS.has(p.production.aspect) && p.production.level !== 'mentioned')) return undefined;
  const n = f.outcomes.length;
  return {
    id: 'accuracy-only',
    severity: 'medium',
    message: `${n === 1 ? 'The only quantified result is' : `All ${n} quantified results are`} model quality (accuracy, F1, AUC…), never latency, cost, throughput, scale, uptime or maintenance.`,
    evidenceIds: f.outcomes.map((o) => o.evidenceId),
    searched: 'outcomes about latency, cost, throughput, scale, uptime or time saved; monitoring, retraining or on-call work',
  };
}
