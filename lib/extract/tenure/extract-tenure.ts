import type { TenureEvidence } from '../../model/evidence';
import type { IndexedDocument } from '../../text/indexed-document';

export function extractTenure(_doc: IndexedDocument): TenureEvidence[] {
  return [];
}
