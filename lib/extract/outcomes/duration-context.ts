import { wordAfter, wordBefore, type Candidate } from './candidate';
import { DURATION_FILLERS } from './lexicon';

/** The first word before the number that is not a filler ("built in just 6 weeks" -> "in"). */
export function governingWord(c: Candidate): string | undefined {
  for (let k = 0; k < 4; k++) {
    const w = wordBefore(c, k);
    if (!w || !DURATION_FILLERS.has(w.lower)) return w?.lower;
  }
  return undefined;
}

/** Comparative adverbs after a duration make it a difference: "2 hours earlier", "18 hours sooner". */
const DURATION_COMPARATIVES = new Set(['earlier', 'sooner', 'faster', 'quicker', 'shorter', 'ahead']);
/** Words after a duration that set it against the old way: "in 3 s instead of overnight". */
const CONTRAST_WORDS = new Set(['instead', 'rather', 'versus', 'vs', 'vs.', 'compared', 'unlike']);
/**
 * A running system as the clause's subject, in the present: "now runs unattended in 3 hours",
 * "results come back in 2 seconds". How long work took is told in the past ("shipped in 6 weeks").
 */
const PROCESS_WORDS = new Set([
  'now',
  'runs',
  'completes',
  'finishes',
  'returns',
  'responds',
  'refreshes',
  'executes',
  'converges',
  'arrives',
  'arrive',
  'back',
  'updates',
  'takes',
  'loads',
  'recovers',
  'rebuilds',
  'retrains',
]);

/** The duration is a difference between the old and the new way: a result, whatever its unit. */
export function isDurationDifference(c: Candidate): boolean {
  if (c.compared || DURATION_COMPARATIVES.has(wordAfter(c)?.lower ?? '')) return true;
  for (let k = 0; k < 3; k++) if (CONTRAST_WORDS.has(wordAfter(c, k)?.lower ?? '')) return true;
  return false;
}

/** Prepositions of a span of activity: "runs office hours for 2 hours" is not a speed. */
const SPAN_PREPOSITIONS = new Set(['for', 'during', 'throughout', 'after', 'over']);

/** The duration is how long a system takes, read from the words of its own clause. */
export function isSystemDuration(c: Candidate): boolean {
  // "now 6 weeks into the role" places a moment; it measures nothing.
  if (SPAN_PREPOSITIONS.has(governingWord(c) ?? '') || wordAfter(c)?.lower === 'into') return false;
  for (let k = 0; k < 6; k++) {
    const w = wordBefore(c, k);
    if (!w) return false;
    if (PROCESS_WORDS.has(w.lower)) return true;
    if (w.breakBefore) return false;
  }
  return false;
}
