import { z } from '../model/zod';
import { STATUS_IDS, STATUS_ORDER } from './status-labels';

/**
 * The recruiter's own decision about a saved candidate. Its words are deliberately not the verdict's
 * (Strong / Potential / Not a fit / Not enough evidence): the engine judges the text, the recruiter
 * decides, and a row must never show "Strong" twice meaning two things.
 */
export const CandidateStatus = z.enum(STATUS_IDS);
export type CandidateStatus = z.infer<typeof CandidateStatus>;

export { FIRST_STATUS, STATUS_LABEL, STATUS_ORDER } from './status-labels';

/**
 * Status ids older Shipchecks wrote: schema 1 ("shortlist"), schema 2 (named after the verdicts).
 * No old id means something else today, so a status of any version maps without knowing the version.
 */
const OLDER_STATUS: Record<string, CandidateStatus> = {
  shortlist: 'shortlisted',
  unreviewed: 'new',
  strong: 'shortlisted',
  potential: 'maybe',
  pass: 'rejected',
};

/** Today's id for a status written by any version, or undefined when it is no status at all. */
export function currentStatus(raw: unknown): CandidateStatus | undefined {
  if (typeof raw !== 'string') return undefined;
  const parsed = CandidateStatus.safeParse(raw);
  return parsed.success ? parsed.data : OLDER_STATUS[raw];
}

/** A status field of a file or record of any version (an older export, say), read as today's id. */
export const StatusOfAnyVersion = z.string().transform((raw, context) => {
  const status = currentStatus(raw);
  if (status) return status;
  context.addIssue({ code: 'custom', message: `unknown status "${raw}" (expected ${STATUS_ORDER.join(', ')})` });
  return z.NEVER;
});
