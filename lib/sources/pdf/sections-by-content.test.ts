import { describe, expect, it } from 'vitest';
import type { CandidateDocument } from '../../model/candidate-document';
import { documentOfPages } from './document-of-pages';
import { page, sheet } from './test-items';
import { short } from '../../../tests/fixtures/short-dates';

type Line = Parameters<typeof sheet>[0][number];

// An invented person: Noor Haddad, who deploys fraud models at an invented bank.
const NAME: Line = ['Noor Haddad', 50, 22, true];
const HEADLINE: Line = ['Data Scientist'];
const ROLE: Line[] = [
  ['Senior Data Scientist, Cedar Bank', 50, 10, true, 'Mar 2021 – Present'],
  ['• Deployed a gradient boosted fraud model behind a FastAPI service, scoring 3M payments a day.', 56],
  ['• Cut false positives by 18% with weekly retraining in Airflow.', 56],
  ['Data Analyst, Olive Telecom', 50, 10, true, 'Jan 2018 – Feb 2021'],
  ['• Built churn dashboards in Tableau used by 40 account managers.', 56],
];

function read(lines: Line[]): CandidateDocument {
  return documentOfPages([page(sheet(lines))]);
}

function kinds(doc: CandidateDocument): string[] {
  return doc.sections.map((section) => `${section.kind}:${section.heading}:${section.blocks.length}`);
}

describe('sections by content', () => {
  it('reads entries printed right after the skills, with no heading of their own, as experience', () => {
    const doc = read([NAME, HEADLINE, ['SKILLS', 50, 12, true], ['Python, SQL, Docker'], ...ROLE]);
    expect(kinds(doc)).toEqual(['skills:SKILLS:1', 'experience::2']);
    expect(doc.sections[1].blocks.map((block) => [block.title, block.org, short(block.dates?.start)])).toEqual([
      ['Senior Data Scientist', 'Cedar Bank', '2021-03'],
      ['Data Analyst', 'Olive Telecom', '2018-01'],
    ]);
  });

  it('leaves a dated certificate without a description in the skills', () => {
    const doc = read([
      NAME,
      HEADLINE,
      ['SKILLS', 50, 12, true],
      ['Python, SQL, scikit-learn, XGBoost, Airflow'],
      ['AWS Certified Machine Learning', 50, 10, false, '2022 – 2025'],
      ['Cloud: AWS, Docker'],
    ]);
    expect(kinds(doc)).toEqual(['skills:SKILLS:3']);
  });

  it('reads a resume without any heading: a summary, then the entries as experience', () => {
    const doc = read([NAME, HEADLINE, ['Data scientist who ships fraud and churn models to production and keeps them healthy.'], ...ROLE]);
    expect(kinds(doc)).toEqual(['summary::1', 'experience::2']);
    expect(doc.person.headline).toBe('Data Scientist');
  });

  it('never takes an entry’s dated line under the name for the headline', () => {
    const doc = read([NAME, ...ROLE]);
    expect(doc.person.headline).toBeUndefined();
    expect(kinds(doc)).toEqual(['experience::2']);
  });

  it('keeps a summary sentence that mentions years as a summary', () => {
    const doc = read([
      NAME,
      HEADLINE,
      ['Data scientist since 2018 – 2019 at two banks, with models that still run in production today.'],
      ['Happy to relocate within the European Union for the right team.'],
    ]);
    expect(kinds(doc)).toEqual(['summary::1']);
  });

  it('types entries under a heading it does not know by what their headers name', () => {
    const jobs = read([
      NAME,
      HEADLINE,
      ['EDUCATION', 50, 12, true],
      ['MSc Statistics, Example University', 50, 10, true, '2016 – 2018'],
      ['SKILLS', 50, 12, true],
      ['Python, SQL, Airflow, Tableau'],
      ['WHERE I WORKED', 50, 12, true],
      ...ROLE,
    ]);
    expect(kinds(jobs)).toContainEqual('experience:WHERE I WORKED:2');
    const lists = read([
      NAME,
      HEADLINE,
      ['EDUCATION', 50, 12, true],
      ['MSc Statistics, Example University', 50, 10, true, '2016 – 2018'],
      ['SKILLS', 50, 12, true],
      ['Python, SQL, Airflow, Tableau'],
      ['TOOLBELT EXTRAS', 50, 12, true],
      ['MySQL 85%'],
      ['Python ●●●●○'],
      ['Tableau, Looker, Excel'],
    ]);
    expect(kinds(lists)).toContainEqual('skills:TOOLBELT EXTRAS:3');
  });

  it('leaves an unknown heading over prose as other', () => {
    const doc = read([
      NAME,
      HEADLINE,
      ['EDUCATION', 50, 12, true],
      ['MSc Statistics, Example University', 50, 10, true, '2016 – 2018'],
      ['SKILLS', 50, 12, true],
      ['Python, SQL'],
      ['WHY ME', 50, 12, true],
      ['I explain models to people who have to trust them, and I write down what I learn.'],
      ['Most of my work has been with small teams that own their models end to end.'],
    ]);
    expect(kinds(doc)).toContainEqual('other:WHY ME:1');
  });

  it('reads jobs printed after the degrees of an education section as experience', () => {
    const doc = read([
      NAME,
      HEADLINE,
      ['EDUCATION', 50, 12, true],
      ['MSc Statistics, Example University', 50, 10, true, '2016 – 2018'],
      ['• Thesis on survival models for credit risk.', 56],
      ...ROLE,
    ]);
    expect(kinds(doc)).toEqual(['education:EDUCATION:1', 'experience::2']);
  });

  it('keeps two degrees together in the education section', () => {
    const doc = read([
      NAME,
      HEADLINE,
      ['EDUCATION', 50, 12, true],
      ['MSc Statistics, Example University', 50, 10, true, '2016 – 2018'],
      ['• Thesis on survival models for credit risk.', 56],
      ['BSc Mathematics, Example College', 50, 10, true, '2013 – 2016'],
      ['• Minor in economics, with a project on loan defaults.', 56],
    ]);
    expect(kinds(doc)).toEqual(['education:EDUCATION:2']);
  });

  it('leaves dated certificates with descriptions among the certifications', () => {
    const doc = read([
      NAME,
      HEADLINE,
      ['CERTIFICATIONS', 50, 12, true],
      ['Google Cloud Professional ML', 50, 10, true, '2022 – 2024'],
      ['• Covers Vertex AI pipelines, feature store and model monitoring.', 56],
    ]);
    expect(kinds(doc)).toEqual(['certifications:CERTIFICATIONS:2']);
  });
});
