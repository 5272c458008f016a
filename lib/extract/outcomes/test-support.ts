import type { SectionKind } from '../../model/candidate-document';
import { candidatesOf, type Candidate } from './candidate';

/** The candidate printed as `token` in `sentence`; tests of every rule start from it. */
export function candidateFor(sentence: string, token: string, section: SectionKind = 'experience'): Candidate {
  const found = candidatesOf(sentence, section).find((c) => c.token.text === token);
  if (!found) throw new Error(`no candidate "${token}" in "${sentence}"`);
  return found;
}
