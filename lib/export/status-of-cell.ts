import { CandidateStatus, STATUS_LABEL, currentStatus } from '../storage/candidate-status';

/**
 * A status cell read back: today's label or id, or a label or id an older export wrote ("Unreviewed", "Pass"),
 * in any case; undefined when it is none of them.
 */
export function statusOfCell(cell: string): CandidateStatus | undefined {
  const wanted = cell.trim().toLowerCase();
  return currentStatus(wanted) ?? CandidateStatus.options.find((status) => STATUS_LABEL[status].toLowerCase() === wanted);
}
