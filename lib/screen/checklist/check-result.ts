import type { ChecklistStatus } from '../../model/screening';
import type { ScreenFacts } from '../screen-facts';

export interface CheckOutcome {
  status: ChecklistStatus;
  reason: string;
  evidenceIds: string[];
  searched?: string;
  /** Which of the check's rules decided, when it has more than one ("not-ml", "artifact"). */
  ruleId?: string;
}

export interface CheckOptions {
  /**
   * Production, serving, monitoring and CI/CD count only when what runs is a model or an ML system;
   * off for a preset where ML is optional (an MLOps opening can hire a platform engineer).
   */
  requireMl: boolean;
}

export interface Check {
  id: string;
  label: string;
  run: (f: ScreenFacts, options: CheckOptions) => CheckOutcome;
}

export function pass(reason: string, evidenceIds: string[]): CheckOutcome {
  return { status: 'pass', reason, evidenceIds };
}

export function fail(reason: string, searched: string, evidenceIds: string[] = []): CheckOutcome {
  return { status: 'fail', reason, evidenceIds, searched };
}

export function unknown(reason: string, searched: string): CheckOutcome {
  return { status: 'unknown', reason, evidenceIds: [], searched };
}
