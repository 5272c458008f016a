import { describe, expect, it } from 'vitest';
import type { CandidateDocument, SectionKind } from '../../model/candidate-document';
import { indexDocument } from '../../text/indexed-document';
import { extractPublications } from './extract-publications';

const doc = (kind: SectionKind, text: string): CandidateDocument => ({
  source: 'text',
  capturedAt: '',
  person: { links: [] },
  sections: [{ kind, heading: kind, blocks: [{ id: 'b', text }] }],
  incomplete: [],
  warnings: [],
});
const signals = (d: CandidateDocument) => extractPublications(indexDocument(d)).map((e) => [e.publication.signal, e.match]);

describe('extractPublications', () => {
  it.each<[string, SectionKind, string, string[][]]>([
    ['an entry under a publications heading', 'publications', 'Sparse rankers for long queries. KDD 2023.', [['entry', 'Sparse rankers for long queries.']]],
    ['a paper named in experience', 'experience', 'Published a paper on sparse retrieval at EMNLP.', [['venue', 'EMNLP']]],
    ['a venue acronym in a project', 'projects', 'Sparse retrieval (ICLR 2024 workshop).', [['venue', 'ICLR']]],
    ['a thesis', 'education', 'Thesis on graph neural networks.', [['mention', 'Thesis']]],
    ['a newspaper mention', 'experience', 'Featured in the Atlanta Journal Constitution.', []],
    ['access lists and web addresses', 'experience', 'Managed acl rules for www.example.com.', []],
  ])('%s', (_name, kind, text, expected) => {
    expect(signals(doc(kind, text))).toEqual(expected);
  });
});
