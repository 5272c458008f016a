import { describe, expect, it } from 'vitest';
import type { CandidateDocument } from '../../lib/model/candidate-document';
import { documentFingerprint } from './document-fingerprint';

const doc = (name: string, text: string): CandidateDocument => ({
  source: 'linkedin',
  capturedAt: '2026-01-01T00:00:00.000Z',
  person: { name, links: [] },
  sections: [{ kind: 'experience', heading: 'Experience', blocks: [{ id: 'b1', text }] }],
  incomplete: [],
  warnings: [],
});

describe('documentFingerprint', () => {
  it('is the same for the same content read at another time', () => {
    expect(documentFingerprint(doc('A', 'Built X.'))).toBe(documentFingerprint({ ...doc('A', 'Built X.'), capturedAt: 'later' }));
  });
  it.each([
    ['another name', doc('B', 'Built X.')],
    ['another text', doc('A', 'Built Y.')],
  ])('changes with %s', (_name, other) => {
    expect(documentFingerprint(other)).not.toBe(documentFingerprint(doc('A', 'Built X.')));
  });
});
