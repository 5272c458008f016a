import type { TenureEvidence } from '../../model/evidence';
import { monthIndexCeil, monthIndexFloor, monthIndexOfDate } from '../../knowledge/dates/date-point';

export interface StintInterval {
  evidence: TenureEvidence;
  /** Month indexes (year * 12 + month - 1), inclusive, widened to the whole year when only a year is given. */
  start: number;
  end: number;
  ongoing: boolean;
  /** Both ends known to the month. */
  precise: boolean;
}

/** The months a role covers, or undefined when its dates are unreadable or impossible. */
export function stintInterval(e: TenureEvidence, now: Date): StintInterval | undefined {
  if (e.tenure.problem) return undefined;
  const { start, end } = e.tenure;
  if (start === undefined || end === undefined) return undefined;
  const ongoing = end === 'present';
  return {
    evidence: e,
    start: monthIndexFloor(start),
    end: ongoing ? monthIndexOfDate(now) : monthIndexCeil(end),
    ongoing,
    precise: start.month !== undefined && (ongoing || end.month !== undefined),
  };
}
