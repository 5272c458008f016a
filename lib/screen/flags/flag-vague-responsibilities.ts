import type { Flag } from '../../model/screening';
import type { ScreenFacts } from '../screen-facts';

const MIN_PHRASES = 2;

/** Duties instead of results ("responsible for", "worked on machine learning"), more often than results. */
export function flagVagueResponsibilities(f: ScreenFacts): Flag | undefined {
  const vague = f.ev.vague;
  if (vague.length < MIN_PHRASES || vague.length * 2 < f.outcomes.length) return undefined;
  const examples = [...new Set(vague.slice(0, 50).map((v) => v.vague.phrase.toLowerCase()))].slice(0, 3).map((p) => `“${p}”`);
  return {
    id: 'vague-responsibilities',
    severity: vague.length >= 4 ? 'medium' : 'low',
    message: `${vague.length} vague descriptions of duties (${examples.join(', ')}) against ${f.outcomes.length} quantified results.`,
    evidenceIds: vague.map((v) => v.id),
  };
}
