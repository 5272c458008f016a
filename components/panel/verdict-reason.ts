import type { Screening } from '../../lib/model/screening';

export interface VerdictReason {
  /** "Why" or "Why not strong": what the sentence answers, beside the verdict label. */
  lead: string;
  text: string;
}

// The engine opens its first reason with the verdict it explains ("Pass: ..."); beside the label that
// prefix repeats the verdict (and says "Pass" where the label says "Not a fit"), so it becomes the lead.
const VERDICT_PREFIX = /^(pass|strong|potential|not a fit|not enough evidence)\s*:\s*/i;
const BLOCKER_PREFIX = /^not strong\s*:\s*/i;

function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The verdict's reason as one line a recruiter reads at a glance, or undefined when none was given. */
export function verdictReason(screening: Pick<Screening, 'reasons'>): VerdictReason | undefined {
  const first = screening.reasons[0]?.trim();
  if (!first) return undefined;
  if (BLOCKER_PREFIX.test(first)) return { lead: 'Why not strong', text: sentenceCase(first.replace(BLOCKER_PREFIX, '')) };
  return { lead: 'Why', text: sentenceCase(first.replace(VERDICT_PREFIX, '')) };
}
