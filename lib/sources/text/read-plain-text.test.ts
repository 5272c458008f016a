import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CandidateDocument } from '../../model/candidate-document';
import { readPlainText } from './read-plain-text';
import { short } from '../../../tests/fixtures/short-dates';

const sample = readFileSync(join(__dirname, '../../../samples/sample-resume.txt'), 'utf8');

describe('readPlainText', () => {
  const doc = readPlainText(sample);

  it('takes the name and headline from the top lines', () => {
    expect(doc.person.name).toBe('Jordan Rivera');
    expect(doc.person.headline).toContain('Machine Learning Engineer');
    expect(doc.person.links).toContain('https://www.linkedin.com/in/jordan-rivera-example');
  });

  it('keeps contact details out of the headline, and no headline when the line holds only them', () => {
    expect(readPlainText('Maria Lindqvist\nML Engineer | maria@example.org | github.com/maria-l\n').person.headline).toBe('ML Engineer');
    expect(readPlainText('Maria Lindqvist\nmaria@example.org | +46 70 123 45 67\n').person.headline).toBeUndefined();
  });

  it('splits sections at their headings and roles at their date lines', () => {
    expect(CandidateDocument.parse(doc)).toBeTruthy();
    expect(doc.sections.map((s) => s.kind)).toEqual(['summary', 'summary', 'experience', 'education', 'skills']);
    const roles = doc.sections.find((s) => s.kind === 'experience')!.blocks;
    expect(roles.map((r) => [r.title, r.org, short(r.dates?.start), short(r.dates?.end)])).toEqual([
      ['Senior Machine Learning Engineer', 'Northwind Commerce', '2021-03', 'present'],
      ['Machine Learning Engineer', 'Contoso Analytics', '2018-06', '2021-02'],
    ]);
    expect(roles[0].text.split('\n')).toHaveLength(5);
  });

  it('keeps a skills section line by line', () => {
    const skills = doc.sections.find((s) => s.kind === 'skills')!.blocks;
    expect(skills[0].text.split('\n')[0]).toBe('Languages: Python, SQL, Go');
  });

  it('reads text without headings as one summary', () => {
    const plain = readPlainText('built things\nand shipped them');
    expect(plain.sections).toEqual([{ kind: 'summary', heading: '', blocks: [{ id: 'text-0', text: 'built things\nand shipped them' }] }]);
  });

  it('returns an empty document for empty input', () => {
    expect(readPlainText('').sections).toEqual([]);
  });
  // An invented person, Ines Varga, in the layouts plain text takes: decorated headings, no headings at all,
  // entries right after a skills list.
  const ROLES = [
    'Machine Learning Engineer, Lumen Freight   Apr 2021 – Present',
    '- Deployed a demand model behind FastAPI on Kubernetes, serving 1M requests a day.',
    'Data Scientist, Kestrel Insurance   Jan 2018 – Mar 2021',
    '- Cut claim review time by 30% with a gradient boosted triage model.',
  ];
  const kinds = (text: string) => readPlainText(text).sections.map((s) => `${s.kind}:${s.heading}:${s.blocks.length}`);

  it('reads decorated headings, and a heading with unknown words only when set apart', () => {
    expect(
      kinds(
        ['Ines Varga', '---- EXPERIENCE ----', ...ROLES, '== Skills ==', 'Python, SQL', 'MACHINE LEARNING PROJECTS', 'Parcel ETA model, open source'].join(
          '\n',
        ),
      ),
    ).toEqual(['experience:EXPERIENCE:2', 'skills:Skills:1', 'projects:MACHINE LEARNING PROJECTS:1']);
    expect(kinds(['Ines Varga', 'Experience', ...ROLES, 'Machine learning projects', 'Parcel ETA model, open source'].join('\n'))).toEqual([
      'experience:Experience:2',
    ]);
  });

  it('takes a bulleted heading word as an item of its list', () => {
    expect(kinds(['Ines Varga', 'Interests', '- Projects', '- Chess'].join('\n'))).toEqual(['other:Interests:1']);
  });

  it('reads entries with no heading, after a summary or right after the skills, as experience', () => {
    expect(
      kinds(['Ines Varga', 'Machine Learning Engineer', 'ML engineer who ships and runs demand models for logistics companies.', '', ...ROLES].join('\n')),
    ).toEqual(['summary::1', 'experience::2']);
    const afterSkills = readPlainText(['Ines Varga', 'Skills', 'Python, SQL, Docker', ...ROLES].join('\n'));
    expect(afterSkills.sections.map((s) => s.kind)).toEqual(['skills', 'experience']);
    expect(afterSkills.sections[1].blocks.map((b) => [b.title, b.org, short(b.dates?.start)])).toEqual([
      ['Machine Learning Engineer', 'Lumen Freight', '2021-04'],
      ['Data Scientist', 'Kestrel Insurance', '2018-01'],
    ]);
  });

  it('leaves a dated certificate without description among the skills', () => {
    expect(kinds(['Ines Varga', 'Skills', 'Python, SQL, Docker', 'AWS Certified ML Specialty   2022 – 2025', 'Kubernetes, Terraform'].join('\n'))).toEqual([
      'skills:Skills:1',
    ]);
  });

  it('reads jobs printed after the degrees of an education section as experience', () => {
    expect(kinds(['Ines Varga', 'Education', 'MSc Data Science, Example University   2016 – 2018', ...ROLES].join('\n'))).toEqual([
      'education:Education:1',
      'experience::2',
    ]);
    const degrees = readPlainText(
      ['Ines Varga', 'Education', 'MSc Data Science, Example University   2016 – 2018', 'BSc Physics, Example College   2013 – 2016'].join('\n'),
    );
    expect(degrees.sections.map((s) => [s.kind, s.blocks.map((b) => b.title)])).toEqual([['education', ['MSc Data Science', 'BSc Physics']]]);
  });

  it('reads an entry header stacked on several lines: title and organisation above the dates, or a place below', () => {
    const stacked = readPlainText(
      [
        'Ines Varga',
        'Professional Journey ~~~~~~~~',
        'Staff Machine Learning Engineer',
        'Lumen Freight | 2021 – Present',
        'Moved 14 risk models to a feature store and cut training cost by $300K a year.',
        '',
        'Ingeniera de ML',
        'Kestrel Seguros',
        'enero de 2018 - marzo de 2021',
        '• Reduje la latencia de inferencia de 800 ms a 120 ms.',
        'Data Analyst   2016 – 2018',
        'Example Logistics',
        '- Built weekly demand reports for 30 depots.',
      ].join('\n'),
    );
    const roles = stacked.sections.find((s) => s.kind === 'experience')!.blocks;
    expect(roles.map((r) => [r.title, r.org, r.dates?.raw, r.text.split('\n')[0].slice(0, 12)])).toEqual([
      ['Staff Machine Learning Engineer', 'Lumen Freight', '2021 – Present', 'Moved 14 ris'],
      ['Ingeniera de ML', 'Kestrel Seguros', 'enero de 2018 - marzo de 2021', '• Reduje la '],
      ['Data Analyst', 'Example Logistics', '2016 – 2018', '- Built week'],
    ]);
  });

  it('keeps a bulleted line above a dated line in the entry before it', () => {
    const roles = readPlainText(
      [
        'Ines Varga',
        'Experience',
        'ML Engineer, Lumen Freight   2021 – Present',
        '- Shipped a pricing model.',
        '- Python, SQL',
        'Data Scientist, Kestrel   2018 – 2021',
        '- Built churn models.',
      ].join('\n'),
    ).sections[0].blocks;
    expect(roles.map((r) => r.title)).toEqual(['ML Engineer', 'Data Scientist']);
    expect(roles[0].text).toContain('- Python, SQL');
  });
});
