import { describe, expect, it } from 'vitest';
import type { CandidateDocument } from '../../lib/model/candidate-document';
import { screenDocument } from '../../lib/screen/screen-document';
import {
  decoratedHeadingsResume,
  germanHeadingsResume,
  linkedinExportGerman,
  noHeadingsResume,
  skillBarsResume,
  twoColumnResume,
} from '../fixtures/pdf/layout-resumes';
import { writePdf, type FixturePage } from '../fixtures/pdf/pdf-writer';
import { readPdf } from '../../lib/sources/pdf/read-pdf';
import { formatPoint } from '../../lib/knowledge/dates/date-point';

/** Writes an invented resume to PDF bytes and reads it back through pdf.js, as a user's file would be. */
async function read(pages: FixturePage[]): Promise<CandidateDocument> {
  return readPdf(new Uint8Array(writePdf(pages)), { now: new Date('2026-01-02T00:00:00Z') });
}

function sectionsOf(doc: CandidateDocument): string[] {
  return doc.sections.map((section) => `${section.kind}:${section.heading}`);
}

function rolesOf(doc: CandidateDocument): (string | undefined)[][] {
  return doc.sections
    .filter((s) => s.kind === 'experience')
    .flatMap((s) => s.blocks.map((b) => [b.title, b.org, b.dates?.start && formatPoint(b.dates.start)]));
}

function outcomesOf(doc: CandidateDocument): string[] {
  return screenDocument(doc, { role: 'ml-engineer', now: new Date('2026-01-02T00:00:00Z') }).outcomes.map((o) => o.token);
}

describe('readPdf on layouts that do not announce their sections', () => {
  it('reads a resume without any heading: the summary, the roles as experience, the degree as education', async () => {
    const doc = await read(noHeadingsResume());
    expect(sectionsOf(doc)).toEqual(['summary:', 'experience:', 'education:']);
    expect(rolesOf(doc)).toEqual([
      ['Senior Data Scientist', 'Harbour Grocers', '2021-02'],
      ['Data Analyst', 'Pennine Transit', '2017-09'],
    ]);
    expect(outcomesOf(doc)).toEqual(['400', '18%', '£1.2M', '6 hours']);
  });

  it('reads headings drawn with rules, leaders and a guillemet, worded with extra words', async () => {
    const doc = await read(decoratedHeadingsResume());
    expect(sectionsOf(doc)).toEqual(['experience:SELECT WORK EXPERIENCE', 'skills:Skills Summary', 'projects:PROJECTS', 'education:EDUCATION']);
    expect(outcomesOf(doc)).toEqual(expect.arrayContaining(['2,000', '240 ms']));
  });

  it('reads German headings', async () => {
    const doc = await read(germanHeadingsResume());
    expect(sectionsOf(doc)).toEqual(['experience:Berufserfahrung', 'education:Ausbildung', 'skills:Kenntnisse', 'projects:Projekte']);
    expect(outcomesOf(doc)).toEqual(expect.arrayContaining(['3 Mio.', '40 %']));
  });

  it('reads two columns, and roles printed right after the skills with no heading as experience', async () => {
    const doc = await read(twoColumnResume());
    expect(sectionsOf(doc)).toEqual([
      'languages:LANGUAGES',
      'certifications:CERTIFICATES',
      'summary:PROFILE',
      'skills:SKILLS',
      'experience:',
      'education:EDUCATION',
    ]);
    expect(rolesOf(doc)).toEqual([
      ['Senior MLOps Engineer', 'Savanna Mobile Money', '2022-01'],
      ['MLOps Engineer', 'Volta Telecom', '2019-06'],
    ]);
    expect(outcomesOf(doc)).toEqual(expect.arrayContaining(['99.9%', '2 weeks']));
  });

  it('never takes skill levels for outcomes, under Skills or under a heading no table lists', async () => {
    const doc = await read(skillBarsResume());
    expect(sectionsOf(doc)).toEqual(['experience:EXPERIENCE', 'skills:SKILLS', 'skills:TOOLBOX', 'education:EDUCATION']);
    expect(outcomesOf(doc)).toEqual(['120 ms']);
  });

  it('reads a LinkedIn export with the German interface', async () => {
    const doc = await read(linkedinExportGerman());
    expect(sectionsOf(doc)).toEqual([
      'skills:Top-Kenntnisse',
      'languages:Sprachen',
      'summary:Zusammenfassung',
      'experience:Berufserfahrung',
      'education:Ausbildung',
    ]);
    expect(rolesOf(doc)).toEqual([['Machine Learning Engineer', 'Elbe Energie', '2022-01']]);
    expect(doc.person.links).toEqual(['https://www.linkedin.com/in/sofia-brandt-ml']);
  });
});
