import type { BuzzwordEvidence } from '../../model/evidence';
import type { IndexedDocument } from '../../text/indexed-document';
import { sentenceEvidence } from '../sentence-evidence';
import { BUZZWORD_LEXICON, type BuzzwordEntry } from './buzzword-lexicon';
import { matchPhrases, type PhraseMatch } from '../../text/phrase-lexicon';
import { sentenceWords, tokenizeWords, type WordToken } from '../../text/word-tokens';

const LOOKAHEAD = 8;

function isLegitimateUse(match: PhraseMatch<BuzzwordEntry>, tokens: WordToken[]): boolean {
  const legit = match.value.unlessFollowedBy;
  if (!legit) return false;
  for (let j = match.last; j < tokens.length && j < match.last + LOOKAHEAD; j++) if (legit.has(tokens[j].word)) return true;
  return false;
}

export interface FoundBuzzword {
  term: string;
  strength: number;
  start: number;
  end: number;
}

/** Shared by every sentence without hype, which is most of them. */
const NO_BUZZWORDS: readonly FoundBuzzword[] = [];

/** Every hype phrase as printed, one piece of evidence per occurrence, named by its canonical term. */
export function findBuzzwords(text: string, tokens: WordToken[] = tokenizeWords(text)): readonly FoundBuzzword[] {
  // One loop rather than filter and map: most sentences match nothing and need no further arrays.
  const matches = matchPhrases(BUZZWORD_LEXICON, tokens, text);
  if (matches.length === 0) return NO_BUZZWORDS;
  const found: FoundBuzzword[] = [];
  for (const m of matches) if (!isLegitimateUse(m, tokens)) found.push({ term: m.value.term, strength: m.value.strength, start: m.start, end: m.end });
  return found;
}

export function extractBuzzwords(doc: IndexedDocument): BuzzwordEvidence[] {
  const out: BuzzwordEvidence[] = [];
  for (const indexed of doc.blocks) {
    for (const sentence of indexed.sentences) {
      for (const found of findBuzzwords(sentence.text, sentenceWords(sentence))) {
        out.push({ ...sentenceEvidence(indexed, sentence, 'buzzword.lexicon', found), kind: 'buzzword', buzzword: { term: found.term } });
      }
    }
  }
  return out;
}
