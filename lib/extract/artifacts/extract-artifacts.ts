import type { ArtifactEvidence } from '../../model/evidence';
import type { IndexedDocument } from '../../text/indexed-document';

export function extractArtifacts(_doc: IndexedDocument): ArtifactEvidence[] {
  return [];
}
