import type { SectionKind } from '../../model/candidate-document';
import type { VagueEvidence } from '../../model/evidence';
import type { IndexedDocument } from '../../text/indexed-document';
import { sentenceEvidence } from '../sentence-evidence';
import { matchPhrases } from '../../text/phrase-lexicon';
import { sentenceWords, tokenizeWords, type WordToken } from '../../text/word-tokens';
import { VAGUE_LEXICON } from './vague-lexicon';

/** Only descriptions of work are judged: a vague skills line or degree is not a vague responsibility. */
const WORK_SECTIONS: ReadonlySet<SectionKind> = new Set(['experience', 'projects', 'volunteering']);

const HAS_DIGIT = /\d/;

function namedAfter(tokens: WordToken[], next: number, text: string): boolean {
  const first = tokens[next] ? text[tokens[next].start] : undefined;
  return first !== undefined && first !== first.toLowerCase();
}

export interface FoundVaguePhrase {
  phrase: string;
  strength: number;
  start: number;
  end: number;
}

/** Shared by every sentence without a vague phrase, which is most of them. */
const NO_VAGUE_PHRASES: readonly FoundVaguePhrase[] = [];

/** Vague phrases in one sentence; a sentence that also carries a number is only half as vague. */
export function findVaguePhrases(text: string, tokens: WordToken[] = tokenizeWords(text)): readonly FoundVaguePhrase[] {
  // One loop rather than filter and map: most sentences match nothing and need no further arrays.
  const matches = matchPhrases(VAGUE_LEXICON, tokens, text);
  if (matches.length === 0) return NO_VAGUE_PHRASES;
  const damp = HAS_DIGIT.test(text) ? 0.5 : 1;
  const found: FoundVaguePhrase[] = [];
  for (const m of matches) {
    if (m.value.unlessNamed && namedAfter(tokens, m.last, text)) continue;
    found.push({ phrase: m.value.phrase, strength: m.value.strength * damp, start: m.start, end: m.end });
  }
  return found;
}

export function extractVague(doc: IndexedDocument): VagueEvidence[] {
  const out: VagueEvidence[] = [];
  for (const indexed of doc.blocks) {
    if (!WORK_SECTIONS.has(indexed.section)) continue;
    for (const sentence of indexed.sentences) {
      for (const found of findVaguePhrases(sentence.text, sentenceWords(sentence))) {
        out.push({ ...sentenceEvidence(indexed, sentence, 'vague.responsibility', found), kind: 'vague', vague: { phrase: found.phrase } });
      }
    }
  }
  return out;
}
