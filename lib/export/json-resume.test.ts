import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { saveInventedCandidates } from '../../tests/fixtures/exports/invented-candidates';
import { EXAMPLE_RECORD_V3, EXAMPLE_SNAPSHOT_V2 } from '../storage/record-examples';
import { saveDocument } from '../storage/saved-document';
import { sampleDocument } from '../storage/synthetic-candidates';
import { candidatesToJson } from './candidates-json';
import { jsonResumeOf } from './json-resume';

// The published JSON Resume schema and its own validator (the @jsonresume/schema package, MIT).
const { validate } = createRequire(import.meta.url)('@jsonresume/schema') as {
  validate(resume: unknown, callback: (errors: Array<{ stack: string }> | null, valid: boolean) => void): void;
};

function schemaErrors(resume: unknown): string[] {
  let errors: string[] = [];
  validate(resume, (found) => {
    errors = (found ?? []).map((error) => error.stack);
  });
  return errors;
}

describe('JSON export as JSON Resume', () => {
  it('every exported candidate, with its shipcheck annotation, validates against the published schema', async () => {
    const file = JSON.parse(candidatesToJson(await saveInventedCandidates()));
    expect(file.candidates).toHaveLength(3);
    for (const candidate of file.candidates) expect(schemaErrors(candidate)).toEqual([]);
  });

  it('fills work, education, skills and projects from the documents the candidate was read from', async () => {
    const [noor, tomas] = await saveInventedCandidates();
    const resume = jsonResumeOf(noor.record, noor.snapshots);
    expect(resume.basics).toMatchObject({
      name: 'Noor Invented',
      email: 'noor@example.com',
      phone: '+351-900-000-000',
      location: { address: 'Porto, Portugal' },
    });
    expect(resume.work).toEqual([
      expect.objectContaining({ name: 'Invented Logistics', position: 'Staff ML Engineer', startDate: '2022-03' }),
      expect.objectContaining({ name: 'Sample Retail', position: 'ML Engineer', startDate: '2019-01', endDate: '2022-02' }),
    ]);
    expect(resume.work?.[0]).not.toHaveProperty('endDate');
    expect(resume.education).toEqual([{ institution: 'University of Examples', studyType: 'MSc Computer Science', startDate: '2016', endDate: '2018' }]);
    expect(resume.skills).toEqual([{ name: 'PyTorch' }, { name: 'Kubernetes' }]);
    expect(jsonResumeOf(tomas.record, tomas.snapshots).projects).toEqual([
      {
        name: 'feature-pipes',
        description: 'Feature pipelines on Airflow and Feast.',
        url: 'https://github.com/tomas-ph/feature-pipes',
        keywords: ['airflow', 'feast'],
      },
    ]);
  });

  it('a candidate saved before documents were kept gets basics only, and still validates', () => {
    const resume = jsonResumeOf(EXAMPLE_RECORD_V3, { 'linkedin:grace-example': EXAMPLE_SNAPSHOT_V2 });
    expect(Object.keys(resume)).toEqual(['basics']);
    expect(resume.basics.profiles.map((p) => p.network)).toEqual(['LinkedIn', 'GitHub']);
    expect(schemaErrors(resume)).toEqual([]);
  });

  it('leaves out what the schema would refuse (odd dates, relative or script links, a bad address) and stays valid', () => {
    const document = sampleDocument('odd-example', {
      person: { name: 'Odd Example', links: ['mailto:not-an-address', 'tel:'] },
      sections: [
        {
          kind: 'experience',
          heading: 'Experience',
          blocks: [{ id: 'e', text: 'Did things.', org: 'Org', url: 'javascript:alert(1)', dates: { raw: 'Spring – Now', end: 'present' } }],
        },
        { kind: 'projects', heading: 'Projects', blocks: [{ id: 'p', text: 'tool', url: 'github.com/odd/tool' }] },
        {
          kind: 'skills',
          heading: 'Skills',
          blocks: [
            { id: 's', text: 'Languages: Python, Go' },
            { id: 't', text: 'SQL, Spark' },
          ],
        },
      ],
    });
    const snapshot = { ...EXAMPLE_SNAPSHOT_V2, document: saveDocument(document) };
    const record = { ...EXAMPLE_RECORD_V3, identities: ['linkedin:grace-example'], sources: [EXAMPLE_RECORD_V3.sources[0]] };
    const resume = jsonResumeOf(record, { 'linkedin:grace-example': snapshot });
    expect(resume.basics).not.toHaveProperty('email');
    expect(resume.work).toEqual([{ name: 'Org', summary: 'Did things.' }]);
    expect(resume.projects).toEqual([{ name: 'tool' }]);
    expect(resume.skills).toEqual([
      { name: 'Languages', keywords: ['Python', 'Go'] },
      { name: 'Skills', keywords: ['SQL', 'Spark'] },
    ]);
    expect(schemaErrors(resume)).toEqual([]);
  });

  it('the schema check itself refuses what the export must never write', () => {
    expect(schemaErrors({ basics: { email: 'not-an-address', url: 'github.com/x' }, work: [{ startDate: 'March 2021' }] })).toHaveLength(3);
  });
});
