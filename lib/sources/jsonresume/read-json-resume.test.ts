import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CandidateDocument } from '../../model/candidate-document';
import { JsonSyntaxError } from './json-syntax-error';
import { readJsonResume, readJsonResumeText } from './read-json-resume';
import { short } from '../../../tests/fixtures/short-dates';

const fixture = (name: string) => readFileSync(join(__dirname, '../../../tests/fixtures/jsonresume', name), 'utf8');
const section = (doc: CandidateDocument, kind: string) => doc.sections.filter((s) => s.kind === kind).flatMap((s) => s.blocks);

describe('readJsonResumeText', () => {
  it('reads a standard JSON Resume', () => {
    const doc = readJsonResumeText(fixture('ml-engineer.json'));
    expect(CandidateDocument.parse(doc)).toBeTruthy();
    expect(doc.person).toMatchObject({
      name: 'Priya Natarajan',
      headline: 'Machine Learning Engineer',
      location: 'Toronto, CA',
      links: ['https://github.com/pnatarajan-example'],
    });
    const work = section(doc, 'experience');
    expect(work.map((b) => [b.title, b.org, short(b.dates?.start), short(b.dates?.end)])).toEqual([
      ['Senior Machine Learning Engineer', 'Maple Retail', '2021-04', 'present'],
      ['Data Scientist', 'Lakeside Bank', '2018-06', '2021-03'],
    ]);
    expect(work[0].text).toContain('serving 3M queries/day');
    expect(section(doc, 'skills')[0].text).toBe('ML: Python, LightGBM, PyTorch');
    expect(section(doc, 'summary')[0].text).toContain('search ranking');
  });

  it('reads nested positions, "title" headlines and category/items skills', () => {
    const doc = readJsonResumeText(fixture('variant-nested-positions.json'));
    expect(doc.person.headline).toBe('Data Engineer');
    expect(section(doc, 'experience').map((b) => [b.title, b.org])).toEqual([
      ['Senior Data Engineer', 'Vistula Logistics'],
      ['Data Engineer', 'Vistula Logistics'],
    ]);
    expect(section(doc, 'skills')[0].text).toBe('Data: Spark, dbt, Snowflake');
    expect(section(doc, 'projects')[0].text).toContain('Technologies: XGBoost, Airflow');
  });

  it('reads a custom profile schema by its field names', () => {
    const doc = readJsonResumeText(fixture('custom-schema.json'));
    expect(doc.person).toMatchObject({ name: 'Lucía Ferreyra', headline: 'Applied scientist in recommender systems' });
    const [role] = section(doc, 'experience');
    expect(role).toMatchObject({
      title: 'Applied Scientist',
      org: 'Pampa Media',
      dates: { start: { year: 2019 }, end: { year: 2023 } },
      skills: ['TensorFlow', 'BigQuery'],
    });
    expect(section(doc, 'summary')[0].text).toContain('recommenders');
  });

  it('forgives trailing commas and comments with a warning', () => {
    const doc = readJsonResumeText(fixture('trailing-commas.json'));
    expect(doc.person.name).toBe('Sam Okafor');
    expect(doc.warnings).toEqual([expect.stringContaining('read leniently')]);
  });

  it('names the position of a syntax error', () => {
    expect(() => readJsonResumeText('{\n  "basics": {"name": "A"\n  "work": []\n}')).toThrow(JsonSyntaxError);
    expect(() => readJsonResumeText('{\n  "basics": {"name": "A"\n  "work": []\n}')).toThrow(/line 3, column 3/);
  });

  it('refuses JSON that is not a resume with a clear message', () => {
    expect(() => readJsonResume([1, 2, 3])).toThrow(/not a resume/);
  });

  it('never throws on odd values inside a resume', () => {
    const doc = readJsonResume({ basics: { name: 42, profiles: 'x' }, work: [null, 3, 'Freelance', { highlights: [[], {}] }], skills: {} });
    expect(CandidateDocument.parse(doc).sections.length).toBeGreaterThan(0);
  });
});

describe('section keys of JSON Resume variants', () => {
  it('reads internships and visiting positions as experience', () => {
    const doc = readJsonResume({
      basics: { name: 'A' },
      internships: [{ company: 'X', position: 'ML Intern', startDate: '2023-06' }],
      visiting: [{ organization: 'Lab', position: 'Visiting Researcher' }],
    });
    expect(section(doc, 'experience').map((b) => b.title)).toEqual(['ML Intern', 'Visiting Researcher']);
  });
  it('keeps unknown keys as other', () => {
    expect(readJsonResume({ interests: [{ name: 'Chess' }] }).sections[0].kind).toBe('other');
  });
});
