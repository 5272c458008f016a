import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CandidateDocument } from '../../model/candidate-document';
import { readPlainText } from './read-plain-text';

const sample = readFileSync(join(__dirname, '../../../samples/sample-resume.txt'), 'utf8');

describe('readPlainText', () => {
  const doc = readPlainText(sample);

  it('takes the name and headline from the top lines', () => {
    expect(doc.person.name).toBe('Jordan Rivera');
    expect(doc.person.headline).toContain('Machine Learning Engineer');
    expect(doc.person.links).toContain('https://www.linkedin.com/in/jordan-rivera-example');
  });

  it('splits sections at their headings and roles at their date lines', () => {
    expect(CandidateDocument.parse(doc)).toBeTruthy();
    expect(doc.sections.map((s) => s.kind)).toEqual(['summary', 'summary', 'experience', 'education', 'skills']);
    const roles = doc.sections.find((s) => s.kind === 'experience')!.blocks;
    expect(roles.map((r) => [r.title, r.org, r.dates?.start, r.dates?.end])).toEqual([
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
});
