import type { ChecklistStatus } from '../../model/screening';
import type { ScreenFacts } from '../screen-facts';

export interface CheckOutcome {
  status: ChecklistStatus;
  reason: string;
  evidenceIds: string[];
  searched?: string;
}

export interface Check {
  id: string;
  label: string;
  run: (f: ScreenFacts) => CheckOutcome;
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

const QUOTE_CHARS = 120;

/** A quote short enough for a one-line reason. */
export function clip(text: string, max = QUOTE_CHARS): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
