import type { Flag } from '../../model/screening';
import type { ScreenFacts } from '../screen-facts';

// Hype outweighs substance when there are at least two hype terms, they outnumber the concrete evidence
// (tool lists are not evidence; tools used in work, outcomes and production statements are), and
// they are dense enough to colour the text: three hype words in a long plain resume are not "heavy".
// Vague duty phrases ("responsible for") count half: they are filler, not hype.
const MIN_TERMS = 2;
const VAGUE_WEIGHT = 0.5;
const MIN_DENSITY = 1;

export function flagBuzzwordHeavy(f: ScreenFacts): Flag | undefined {
  const vague = f.ev.vague.length;
  const terms = f.buzzwords.count + vague;
  const weighted = f.buzzwords.count + VAGUE_WEIGHT * vague;
  const density = f.indexed.words === 0 ? 0 : (weighted * 100) / f.indexed.words;
  if (terms < MIN_TERMS || weighted <= f.concrete || density < MIN_DENSITY) return undefined;
  const top = f.buzzwords.terms.slice(0, 3).map((t) => `“${t.term}”`).join(', ');
  return {
    id: 'buzzword-heavy',
    severity: f.concrete === 0 ? 'high' : 'medium',
    message: `${terms} buzzwords or vague phrases${top ? ` (${top})` : ''} against ${f.concrete} pieces of concrete evidence.`,
    evidenceIds: [...f.buzzwords.evidenceIds, ...f.ev.vague.map((v) => v.id)],
  };
}
