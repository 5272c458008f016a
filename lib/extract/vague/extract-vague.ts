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

/** Vague phrases in one sentence; a sentence that also carries a number is only half as vague. */
export function findVaguePhrases(text: string, tokens: WordToken[] = tokenizeWords(text)): { phrase: string; strength: number; start: number; end: number }[] {
  const matches = matchPhrases(VAGUE_LEXICON, tokens, text).filter((m) => !(m.value.unlessNamed && namedAfter(tokens, m.last, text)));
  if (matches.length === 0) return [];
  const damp = HAS_DIGIT.test(text) ? 0.5 : 1;
  return matches.map((m) => ({ phrase: m.value.phrase, strength: m.value.strength * damp, start: m.start, end: m.end }));
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
