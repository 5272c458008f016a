import type { PublicationEvidence } from '../../model/evidence';
import type { IndexedDocument } from '../../text/indexed-document';
import { sentenceEvidence } from '../sentence-evidence';

const PUBLICATION_WORDS = /\b(?:published|publications?|papers?|preprints?|arXiv|proceedings|co-?author\w*|first[- ]author|thesis|dissertation)\b/i;
// Venue acronyms as printed: "acl" in lower case is an access list.
const VENUES = /\b(?:NeurIPS|NIPS|ICML|ICLR|CVPR|ICCV|ECCV|ACL|EMNLP|NAACL|AAAI|IJCAI|KDD|SIGIR|RecSys|Interspeech|ICASSP)\b/;

/**
 * Research output: the first sentence of every entry under a publications heading, and elsewhere each
 * sentence that names a venue or speaks of papers, preprints or a thesis.
 */
export function extractPublications(doc: IndexedDocument): PublicationEvidence[] {
  const out: PublicationEvidence[] = [];
  for (const ib of doc.blocks) {
    if (ib.section === 'publications') {
      const first = ib.sentences[0];
      if (first) {
        out.push({
          ...sentenceEvidence(ib, first, 'publication.entry', { start: 0, end: first.text.length, strength: 1 }),
          kind: 'publication',
          publication: { signal: 'entry' },
        });
      }
      continue;
    }
    for (const sentence of ib.sentences) {
      const venue = VENUES.exec(sentence.text);
      const word = venue ? undefined : PUBLICATION_WORDS.exec(sentence.text);
      const m = venue ?? word;
      if (!m) continue;
      const signal = venue ? 'venue' : 'mention';
      out.push({
        ...sentenceEvidence(ib, sentence, `publication.${signal}`, { start: m.index, end: m.index + m[0].length, strength: venue ? 0.8 : 0.6 }),
        kind: 'publication',
        publication: { signal },
      });
    }
  }
  return out;
}
