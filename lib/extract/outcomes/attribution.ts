import type { SectionKind } from '../../model/candidate-document';
import { BULLET_VERBS, SELF_WORDS, TEAM_WORDS, hasWord } from './lexicon';
import type { SentenceContext } from './sentence-words';

export type Attribution = 'self' | 'team' | 'unknown';

const BULLET_SECTIONS = new Set<SectionKind>(['experience', 'projects', 'volunteering']);

/** A resume bullet opens with a verb and leaves out its subject: "Reduced ...", "Building ...". */
function opensWithVerb(ctx: SentenceContext): boolean {
  const first = ctx.words[0];
  if (!first || first.isNumber) return false;
  const w = first.lower;
  return BULLET_VERBS.has(w) || (w.length > 4 && (w.endsWith('ed') || w.endsWith('ing')));
}

/** Who the sentence credits: first person, the team, or nobody in particular. */
export function attributionOf(ctx: SentenceContext, section: SectionKind): Attribution {
  if (hasWord(ctx.words, SELF_WORDS)) return 'self';
  const first = ctx.words[0]?.lower;
  if (hasWord(ctx.words, TEAM_WORDS) || first === 'team' || (first === 'the' && ctx.words[1]?.lower === 'team')) return 'team';
  if (BULLET_SECTIONS.has(section) && opensWithVerb(ctx)) return 'self';
  return 'unknown';
}
