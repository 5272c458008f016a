import type { Flag } from '../../model/screening';
import type { ScreenFacts } from '../screen-facts';

// Hype outweighs substance when there are at least a few hype terms (buzzwords or vague phrases)
// and either they rival the concrete evidence, or they are dense and the evidence is not plentiful.
const MIN_TERMS = 3;
const RATIO = 0.5;
const DENSITY = 1.5;
const DENSE_RATIO = 0.25;

export function flagBuzzwordHeavy(f: ScreenFacts): Flag | undefined {
  const hype = f.buzzwords.count + f.ev.vague.length;
  const ratio = hype / Math.max(1, f.concrete);
  if (hype < MIN_TERMS) return undefined;
  if (ratio < RATIO && !(f.buzzwords.density >= DENSITY && ratio >= DENSE_RATIO)) return undefined;
  const top = f.buzzwords.terms.slice(0, 3).map((t) => `“${t.term}”`).join(', ');
  return {
    id: 'buzzword-heavy',
    severity: ratio >= 1 ? 'high' : 'medium',
    message: `${hype} buzzwords or vague phrases${top ? ` (${top})` : ''} against ${f.concrete} pieces of concrete evidence.`,
    evidenceIds: [...f.buzzwords.evidenceIds, ...f.ev.vague.map((v) => v.id)],
  };
}
