import type { OutcomeEvidence } from '../../model/evidence';
import type { IndexedDocument } from '../../text/indexed-document';

export function extractOutcomes(_doc: IndexedDocument): OutcomeEvidence[] {
  return [];
}
