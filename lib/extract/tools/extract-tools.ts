import type { ToolEvidence } from '../../model/evidence';
import type { IndexedDocument } from '../../text/indexed-document';

export function extractTools(_doc: IndexedDocument): ToolEvidence[] {
  return [];
}
