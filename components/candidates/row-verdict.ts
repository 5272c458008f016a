import type { CandidateRecord, SourceEntry } from '../../lib/storage/candidate-record';
import { verdictHasScore } from '../../lib/model/verdict-label';

/**
 * The saved screening a row speaks for: the best-scored one that judged the candidate; a "Not enough
 * evidence" screening only when no source could be judged. Undefined when the record has no source.
 */
export function rowSource(record: Pick<CandidateRecord, 'sources'>): SourceEntry | undefined {
  const judged = record.sources.filter((source) => verdictHasScore(source.verdict));
  const pool = judged.length > 0 ? judged : record.sources;
  return pool.reduce<SourceEntry | undefined>((best, source) => (!best || source.score > best.score ? source : best), undefined);
}
