import type { ProductionEvidence } from '../../model/evidence';
import type { IndexedDocument } from '../../text/indexed-document';

export function extractProduction(_doc: IndexedDocument): ProductionEvidence[] {
  return [];
}
