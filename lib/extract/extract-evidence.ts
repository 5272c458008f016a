import type { Evidence } from '../model/evidence';
import type { IndexedDocument } from '../text/indexed-document';
import { extractArtifacts } from './artifacts/extract-artifacts';
import { extractBuzzwords } from './buzzwords/extract-buzzwords';
import { extractMlWork } from './ml-work/extract-ml-work';
import { extractOutcomes } from './outcomes/extract-outcomes';
import { extractProduction } from './production/extract-production';
import { extractPublications } from './publications/extract-publications';
import { extractTenure } from './tenure/extract-tenure';
import { extractTools } from './tools/extract-tools';
import { extractVague } from './vague/extract-vague';
import { attachWorkContext } from './work-context/attach-work-context';

/**
 * Every extractor reads the same indexed document; none depends on another's output. `now` is the
 * screening date, against which "Present" and dates in the future are read. Each piece of evidence
 * then says where its work was done and whose it is.
 */
export function extractEvidence(doc: IndexedDocument, now: Date): Evidence[] {
  return attachWorkContext(doc, [
    ...extractTools(doc),
    ...extractOutcomes(doc),
    ...extractProduction(doc),
    ...extractBuzzwords(doc),
    ...extractVague(doc),
    ...extractTenure(doc, now),
    ...extractArtifacts(doc),
    ...extractMlWork(doc),
    ...extractPublications(doc),
  ]);
}
