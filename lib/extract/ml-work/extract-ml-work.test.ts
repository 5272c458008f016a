import { describe, expect, it } from 'vitest';
import type { CandidateDocument } from '../../model/candidate-document';
import { indexDocument } from '../../text/indexed-document';
import { extractMlWork } from './extract-ml-work';

const base: CandidateDocument = { source: 'text', capturedAt: '', person: { links: [] }, sections: [], incomplete: [], warnings: [] };

function signals(doc: CandidateDocument) {
  return extractMlWork(indexDocument(doc)).map((e) => [e.mlWork.signal, e.match]);
}

describe('extractMlWork', () => {
  it('reads titles, work sentences and system sentences; skills lists are not work', () => {
    const doc: CandidateDocument = {
      ...base,
      person: { name: 'Ana', headline: 'AI/ML Engineer', links: [] },
      sections: [
        {
          kind: 'experience',
          heading: 'Experience',
          blocks: [
            {
              id: 'e1',
              title: 'Machine Learning Engineer',
              text: 'Fine-tuned a BERT classifier for tickets. Deployed the model on EKS. Wrote the on-call runbook.',
            },
            { id: 'e2', text: 'Data Scientist, Brightline  2018 – 2020\nPriced claims in SQL.' },
          ],
        },
        { kind: 'skills', heading: 'Skills', blocks: [{ id: 's1', text: 'Machine learning, deep learning, PyTorch' }] },
      ],
    };
    expect(signals(doc)).toEqual([
      ['title', 'AI'],
      ['title', 'Machine Learning'],
      ['work', 'Fine-tuned'],
      ['system', 'model'],
      ['title', 'Data Scientist'],
    ]);
  });

  it('takes no dated summary line for a role title', () => {
    const doc: CandidateDocument = {
      ...base,
      sections: [{ kind: 'summary', heading: 'Summary', blocks: [{ id: 's', text: 'Machine learning engineer since 2015' }] }],
    };
    expect(signals(doc).filter(([signal]) => signal === 'title')).toEqual([]);
  });
});
