import { evidenceId } from '../text/evidence-id';
import type { IndexedBlock } from '../text/indexed-document';
import type { Sentence } from '../text/sentences';

/** A match inside a sentence, with offsets relative to the sentence. */
export interface SentenceMatch {
  start: number;
  end: number;
  strength: number;
}

/** What every piece of evidence found inside one sentence carries: its id, its quote and where it is. */
export function sentenceEvidence(indexed: IndexedBlock, sentence: Sentence, ruleId: string, found: SentenceMatch) {
  const start = sentence.start + found.start;
  const id = evidenceId(ruleId, indexed.block.id, start);
  const quote = sentence.text;
  const match = sentence.text.slice(found.start, found.end);
  const location = { section: indexed.section, blockId: indexed.block.id, start, end: sentence.start + found.end };
  const { role } = indexed;
  // Two literals rather than a spread of `{ role }` in the middle of one: a literal keeps the fast path
  // that builds an object in one step, and the keys keep their order either way.
  // setting and claimant are filled for every piece at once by attachWorkContext; declared here so that
  // filling them keeps each object's shape (adding keys to tens of thousands of objects afterwards costs
  // more than finding them).
  return role
    ? { id, ruleId, quote, match, location, role, strength: found.strength, setting: undefined, claimant: undefined }
    : { id, ruleId, quote, match, location, strength: found.strength, setting: undefined, claimant: undefined };
}
