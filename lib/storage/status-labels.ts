/**
 * The recruiter's statuses as plain data: the in-page panel shows and sets them without the schema
 * (content scripts carry no zod; candidate-status.ts builds the schema from these ids).
 */
export const STATUS_IDS = ['new', 'shortlisted', 'maybe', 'rejected'] as const;
export type CandidateStatus = (typeof STATUS_IDS)[number];

/** Every surface (panel, side panel row, filter, bulk change) reads its labels and their order here. */
export const STATUS_LABEL: Record<CandidateStatus, string> = {
  new: 'New',
  shortlisted: 'Shortlisted',
  maybe: 'Maybe',
  rejected: 'Rejected',
};

export const STATUS_ORDER: readonly CandidateStatus[] = STATUS_IDS;

/** The status a candidate has before the recruiter chose one. */
export const FIRST_STATUS: CandidateStatus = 'new';
