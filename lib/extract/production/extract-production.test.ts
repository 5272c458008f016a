import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CandidateDocument, SectionKind } from '../../model/candidate-document';
import { ProductionEvidence } from '../../model/evidence';
import { productionHostileText } from '../../../tests/fixtures/hostile-inputs';
import { indexDocument } from '../../text/indexed-document';
import { extractProduction } from './extract-production';

function docOf(blocks: { section: SectionKind; text: string; title?: string }[]): CandidateDocument {
  return {
    source: 'text',
    capturedAt: '2026-01-01T00:00:00Z',
    person: { links: [] },
    sections: blocks.map((b, i) => ({ kind: b.section, heading: b.section, blocks: [{ id: `b${i}`, text: b.text, title: b.title }] })),
    incomplete: [],
    warnings: [],
  };
}

const levels = (doc: CandidateDocument) => extractProduction(indexDocument(doc)).map((e) => e.production.level);

describe('extractProduction', () => {
  it('returns evidence that satisfies the schema, with offsets into the block and the role', () => {
    const text = 'Led the ranking team.\n• Deployed a PyTorch ranker behind FastAPI on EKS at 900 QPS.';
    const doc = docOf([{ section: 'experience', text, title: 'ML Engineer' }]);
    const evidence = extractProduction(indexDocument(doc));
    expect(evidence.length).toBeGreaterThan(0);
    for (const e of evidence) {
      expect(ProductionEvidence.safeParse(e).success).toBe(true);
      expect(text.slice(e.location.start, e.location.end)).toBe(e.match);
      expect(e.role?.title).toBe('ML Engineer');
      expect(e.production.level).toBe('quantified');
    }
  });

  it('gives one piece of evidence per aspect in a sentence', () => {
    const doc = docOf([{ section: 'experience', text: 'Deployed the model on Kubernetes and deployed the API on Kubernetes too.' }]);
    const aspects = extractProduction(indexDocument(doc)).map((e) => e.production.aspect);
    expect(new Set(aspects).size).toBe(aspects.length);
  });

  it('reads a sentence wrapped over two lines as one', () => {
    const text = 'Developed Tableau dashboards that were released into production to be used by\nthousands of hospital staff.';
    expect(levels(docOf([{ section: 'experience', text }]))).toContain('quantified');
  });

  it('does not join lines that each end a sentence', () => {
    const text = 'Deployed the scoring API on AWS Lambda.\nmentored two interns.';
    const quotes = extractProduction(indexDocument(docOf([{ section: 'experience', text }]))).map((e) => e.quote);
    expect(quotes).toEqual(['Deployed the scoring API on AWS Lambda.', 'Deployed the scoring API on AWS Lambda.']);
  });

  it('reads the scale in the sentence after a production statement', () => {
    const after = 'Deployed a fraud model on SageMaker endpoints.\nScores 40M transactions nightly.';
    const alone = 'Tuned a fraud model in notebooks.\nScores 40M transactions nightly.';
    const scaleOf = (text: string) => extractProduction(indexDocument(docOf([{ section: 'experience', text }]))).filter((e) => e.quote.startsWith('Scores'));
    expect(scaleOf(after).length).toBeGreaterThan(0);
    for (const e of scaleOf(after)) expect(e.production.level).toBe('quantified');
    expect(scaleOf(alone)).toEqual([]);
  });

  it('caps skills lists at mentioned', () => {
    expect(levels(docOf([{ section: 'skills', text: 'MLOps: MLflow, Kubeflow, Docker, Kubernetes, CI/CD' }]))).toEqual(['mentioned', 'mentioned']);
  });

  it('finds nothing in a resume without production work', () => {
    const doc = docOf([
      { section: 'summary', text: 'Statistics PhD student working on Bayesian methods.' },
      { section: 'experience', text: 'Fitted hierarchical models in Stan for 3 clinical trials.' },
    ]);
    expect(extractProduction(indexDocument(doc))).toEqual([]);
  });

  it('finds a production sentence after any text, and points all evidence back at the text', () => {
    const known = 'Deployed a PyTorch ranker behind FastAPI on EKS at 900 QPS.';
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.constantFrom<SectionKind>('experience', 'skills', 'summary'), (noise, section) => {
        const text = `${noise}\n\n${known}`;
        const evidence = extractProduction(indexDocument(docOf([{ section, text }])));
        for (const e of evidence) expect(text.slice(e.location.start, e.location.end)).toBe(e.match);
        expect(evidence.some((e) => e.location.start >= text.length - known.length)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  // Its time is measured by `npm run bench` (hostile inputs).
  it('reads 1 MB of hostile text to its end, into evidence that points back at it', () => {
    const text = productionHostileText();
    const evidence = extractProduction(indexDocument(docOf([{ section: 'experience', text }])));
    expect(evidence.filter((e) => e.match === 'in production').length).toBeGreaterThan(100);
    expect(Math.max(...evidence.map((e) => e.location.start))).toBeGreaterThan(text.length - 5000);
    for (const e of evidence) expect(text.slice(e.location.start, e.location.end)).toBe(e.match);
  });
});
