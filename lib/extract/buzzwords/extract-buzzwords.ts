import type { BuzzwordEvidence } from '../../model/evidence';
import type { IndexedDocument } from '../../text/indexed-document';

export function extractBuzzwords(_doc: IndexedDocument): BuzzwordEvidence[] {
  return [];
}
