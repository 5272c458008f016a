import { wordAfter, wordBefore, type Candidate } from './candidate';
import {
  BOUNDED_METRICS,
  BULLET_VERBS,
  COST_WORDS,
  LATENCY_KIND_WORDS,
  METRIC_WORDS,
  PHRASE_STOPS,
  QUALITY_WORDS,
  RESULT_STEMS,
  REVENUE_WORDS,
  SCALE_WORDS,
  TIME_SAVED_WORDS,
  UPTIME_WORDS,
} from './lexicon';

/** Business figures printed as "name value" in a metrics block ("Conversion 12%"): results, not levels. */
const KPI_WORDS = new Set(['conversion', 'churn', 'engagement', 'adoption', 'growth', 'efficiency', 'productivity', 'nps', 'yield', 'ctr']);
const RESULT_LEXICONS = [
  METRIC_WORDS,
  BOUNDED_METRICS,
  UPTIME_WORDS,
  QUALITY_WORDS,
  COST_WORDS,
  REVENUE_WORDS,
  LATENCY_KIND_WORDS,
  SCALE_WORDS,
  TIME_SAVED_WORDS,
  KPI_WORDS,
];
/** A skill's name: "Python", "Apache Spark", "Google Cloud Platform". */
const NAME_WORDS = 3;

/** A word that makes the number a result: a metric, a kind of result, or a verb. */
function namesResult(lower: string): boolean {
  if (RESULT_LEXICONS.some((lexicon) => lexicon.has(lower))) return true;
  return BULLET_VERBS.has(lower) || lower.endsWith('ed') || RESULT_STEMS.some((stem) => lower.startsWith(stem));
}

/**
 * "MySQL 85%", "Python: 90%, Go: 70%", "English 100%": a percentage standing right after a short name,
 * with nothing after it in its clause, is the level a skill bar prints, never an outcome. A metric or
 * a result named there ("Accuracy 94%", "Uptime 99.9%", "Cut cost 30%") keeps it a claim.
 */
export function isSkillLevel(c: Candidate): boolean {
  if (c.token.unit?.family !== 'percent' || c.compared) return false;
  const next = wordAfter(c);
  if (next && !next.breakBefore) return false;
  for (let k = 0; k < NAME_WORDS; k++) {
    const word = wordBefore(c, k);
    if (!word || word.isNumber || PHRASE_STOPS.has(word.lower) || namesResult(word.lower)) return false;
    // The name starts the sentence or follows a separator: nothing before it governs the number.
    if (word.breakBefore) return true;
  }
  return false;
}
