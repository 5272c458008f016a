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
  return {
    id: evidenceId(ruleId, indexed.block.id, start),
    ruleId,
    quote: sentence.text,
    match: sentence.text.slice(found.start, found.end),
    location: { section: indexed.section, blockId: indexed.block.id, start, end: sentence.start + found.end },
    ...(indexed.role ? { role: indexed.role } : {}),
    strength: found.strength,
    // Filled for every piece at once by attachWorkContext; declared here so that filling them keeps each
    // object's shape (adding keys to tens of thousands of objects afterwards costs more than finding them).
    setting: undefined,
    claimant: undefined,
  };
}
