import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CandidateDocument, SectionKind } from '../../model/candidate-document';
import { VagueEvidence } from '../../model/evidence';
import { indexDocument } from '../../text/indexed-document';
import { extractVague, findVaguePhrases } from './extract-vague';

const phrases = (text: string) => findVaguePhrases(text).map((v) => v.phrase);

function docOf(text: string, section: SectionKind = 'experience'): CandidateDocument {
  return {
    source: 'text',
    capturedAt: '2026-01-01T00:00:00Z',
    person: { links: [] },
    sections: [{ kind: section, heading: section, blocks: [{ id: 'b0', text, title: 'Data Scientist' }] }],
    incomplete: [],
    warnings: [],
  };
}

describe('findVaguePhrases', () => {
  it.each([
    ['Worked on machine learning for the marketing team.', 'worked on machine learning'],
    ['Worked on a variety of ML algorithms.', 'worked on machine learning'],
    ['Worked on the billing service.', 'worked on'],
    ['Responsible for data pipelines.', 'responsible for'],
    ['Involved in model development.', 'involved in'],
    ['Helped with feature engineering.', 'helped with'],
    ['Participated in design reviews.', 'participated in'],
    ['Gained exposure to cloud computing.', 'exposure to'],
    ['Assisted in building dashboards.', 'assisted in'],
    ['Supported various projects across the bank.', 'various projects'],
    ['Duties included data cleaning and reporting.', 'duties included'],
    ['Contributed to the development of internal tools.', 'contributed to'],
  ])('%s -> %s', (text, phrase) => {
    expect(phrases(text)).toContain(phrase);
  });

  it.each([
    ['Cut fraud losses 18% with a LightGBM model served on SageMaker.'],
    ['Built the feature store used by four teams.'],
    ['Designed a responsive checkout that lifted conversion.'],
    ['Shipped a helper library for retries.'],
    ['Contributed to PyTorch and Hugging Face Transformers.'],
  ])('finds nothing in a concrete statement: %s', (text) => {
    expect(phrases(text)).toEqual([]);
  });

  it('halves the weight of a vague phrase next to a number', () => {
    const [plain] = findVaguePhrases('Responsible for the churn model.');
    const [numbered] = findVaguePhrases('Responsible for the churn model used by 3 teams.');
    expect(numbered.strength).toBeLessThan(plain.strength);
  });
});

describe('extractVague', () => {
  it('reads work sections with the role, and leaves skills and summaries alone', () => {
    const text = 'Responsible for reporting.';
    const [e] = extractVague(indexDocument(docOf(text)));
    expect(VagueEvidence.safeParse(e).success).toBe(true);
    expect(e.role?.title).toBe('Data Scientist');
    expect(text.slice(e.location.start, e.location.end)).toBe(e.match);
    expect(extractVague(indexDocument(docOf(text, 'skills')))).toEqual([]);
    expect(extractVague(indexDocument(docOf(text, 'summary')))).toEqual([]);
  });

  it('finds a vague duty after any text, and points all evidence back at the text', () => {
    const known = 'Responsible for data pipelines.';
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (noise) => {
        const text = `${noise}\n\n${known}`;
        const evidence = extractVague(indexDocument(docOf(text)));
        for (const e of evidence) expect(text.slice(e.location.start, e.location.end)).toBe(e.match);
        expect(evidence.some((e) => e.location.start === text.length - known.length)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
