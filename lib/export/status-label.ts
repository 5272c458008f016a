import { CandidateStatus } from '../storage/candidate-record';

/** The recruiter's status in words, as exports and import reports write it, so it never reads like a verdict. */
export const STATUS_LABEL: Record<CandidateStatus, string> = {
  unreviewed: 'Unreviewed',
  strong: 'Strong',
  potential: 'Potential',
  pass: 'Pass',
};

/** A status cell read back: the label or the stored id, in any case; undefined when it is neither. */
export function statusOfCell(cell: string): CandidateStatus | undefined {
  const wanted = cell.trim().toLowerCase();
  const byId = CandidateStatus.safeParse(wanted);
  if (byId.success) return byId.data;
  return CandidateStatus.options.find((status) => STATUS_LABEL[status].toLowerCase() === wanted);
}
