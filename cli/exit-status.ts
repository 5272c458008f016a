/** What `screen` exits with; scripts tell the outcomes apart by it. */
export const EXIT_STATUS = {
  /** Every file was screened. */
  screened: 0,
  /** At least one file could not be read (missing, unsupported, damaged, over a limit). */
  unreadable: 1,
  /** Wrong options. */
  usage: 2,
  /** Every file was read, and at least one held too little to judge ("Not enough evidence"). */
  notEnoughText: 3,
} as const;

export type FileOutcome = 'screened' | 'not-enough-text' | 'unreadable';

/** The status for a run: an unreadable file outweighs one without enough text, which outweighs success. */
export function exitStatusOf(outcomes: readonly FileOutcome[]): number {
  if (outcomes.includes('unreadable')) return EXIT_STATUS.unreadable;
  if (outcomes.includes('not-enough-text')) return EXIT_STATUS.notEnoughText;
  return EXIT_STATUS.screened;
}
