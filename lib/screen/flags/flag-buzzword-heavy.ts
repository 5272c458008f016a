import type { Flag } from '../../model/screening';
import type { ScreenFacts } from '../screen-facts';

// Hype outweighs substance when there are at least two hype terms, they outnumber the concrete evidence
// (tool lists are not evidence; tools used in work, outcomes and production statements are), and
// they are dense enough to colour the text: three hype words in a long plain resume are not "heavy".
// Vague duty phrases ("responsible for") count half: they are filler, not hype.
const MIN_TERMS = 2;
const VAGUE_WEIGHT = 0.5;
const MIN_DENSITY = 1;

const LISTED_TERMS = 4;

/** Every term the count is made of, with its repeats, so the list adds up to the count it explains. */
function countedTerms(f: ScreenFacts): string {
  const vague = new Map<string, number>();
  for (const v of f.ev.vague) vague.set(v.vague.phrase, (vague.get(v.vague.phrase) ?? 0) + 1);
  const all = [...f.buzzwords.terms, ...[...vague].map(([term, count]) => ({ term, count }))].sort((a, b) => b.count - a.count || a.term.localeCompare(b.term));
  const listed = all.slice(0, LISTED_TERMS).map((t) => `“${t.term}”${t.count > 1 ? ` ×${t.count}` : ''}`);
  const rest = all.slice(LISTED_TERMS).reduce((n, t) => n + t.count, 0);
  return rest > 0 ? `${listed.join(', ')} and ${rest} more` : listed.join(', ');
}

export function flagBuzzwordHeavy(f: ScreenFacts): Flag | undefined {
  const vague = f.ev.vague.length;
  const terms = f.buzzwords.count + vague;
  const weighted = f.buzzwords.count + VAGUE_WEIGHT * vague;
  const density = f.indexed.words === 0 ? 0 : (weighted * 100) / f.indexed.words;
  if (terms < MIN_TERMS || weighted <= f.concrete || density < MIN_DENSITY) return undefined;
  return {
    id: 'buzzword-heavy',
    severity: f.concrete === 0 ? 'high' : 'medium',
    message: `${terms} buzzwords or vague phrases (${countedTerms(f)}) against ${f.concrete} pieces of concrete evidence.`,
    evidenceIds: [...f.buzzwords.evidenceIds, ...f.ev.vague.map((v) => v.id)],
  };
}
