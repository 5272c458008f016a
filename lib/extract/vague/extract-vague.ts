import type { VagueEvidence } from '../../model/evidence';
import type { IndexedDocument } from '../../text/indexed-document';

export function extractVague(_doc: IndexedDocument): VagueEvidence[] {
  return [];
}
