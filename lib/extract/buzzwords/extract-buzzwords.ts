import type { BuzzwordEvidence } from '../../model/evidence';
import { evidenceId } from '../../text/evidence-id';
import type { IndexedDocument } from '../../text/indexed-document';
import { BUZZWORD_LEXICON, type BuzzwordEntry } from './buzzword-lexicon';
import { matchPhrases, type PhraseMatch } from './phrase-lexicon';
import { sentenceWords, tokenizeWords, type WordToken } from './word-tokens';

const LOOKAHEAD = 8;

function isLegitimateUse(match: PhraseMatch<BuzzwordEntry>, tokens: WordToken[]): boolean {
  const legit = match.value.unlessFollowedBy;
  if (!legit) return false;
  for (let j = match.last; j < tokens.length && j < match.last + LOOKAHEAD; j++) if (legit.has(tokens[j].word)) return true;
  return false;
}

/** Every hype phrase as printed, one piece of evidence per occurrence, named by its canonical term. */
export function findBuzzwords(text: string, tokens: WordToken[] = tokenizeWords(text)): { term: string; strength: number; start: number; end: number }[] {
  return matchPhrases(BUZZWORD_LEXICON, tokens, text)
    .filter((m) => !isLegitimateUse(m, tokens))
    .map((m) => ({ term: m.value.term, strength: m.value.strength, start: m.start, end: m.end }));
}

export function extractBuzzwords(doc: IndexedDocument): BuzzwordEvidence[] {
  const out: BuzzwordEvidence[] = [];
  for (const indexed of doc.blocks) {
    for (const sentence of indexed.sentences) {
      for (const found of findBuzzwords(sentence.text, sentenceWords(sentence))) {
        const ruleId = 'buzzword.lexicon';
        const start = sentence.start + found.start;
        out.push({
          id: evidenceId(ruleId, indexed.block.id, start),
          kind: 'buzzword',
          ruleId,
          quote: sentence.text,
          match: sentence.text.slice(found.start, found.end),
          location: { section: indexed.section, blockId: indexed.block.id, start, end: sentence.start + found.end },
          role: indexed.role,
          strength: found.strength,
          buzzword: { term: found.term },
        });
      }
    }
  }
  return out;
}
