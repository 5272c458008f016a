import type { Verdict } from './screening';

/**
 * What a recruiter reads for each verdict, the same on every surface. `pass` reads "Not a fit" so
 * nobody takes it for "passed the screen"; the recruiter's own statuses use other words.
 */
export const VERDICT_LABEL: Record<Verdict, string> = {
  strong: 'Strong',
  potential: 'Potential',
  pass: 'Not a fit',
  insufficient: 'Not enough evidence',
};

/** Whether the verdict carries a score worth showing: an insufficient screening judged nothing. */
export function verdictHasScore(verdict: Verdict): boolean {
  return verdict !== 'insufficient';
}
