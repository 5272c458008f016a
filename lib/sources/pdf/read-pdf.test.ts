import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CandidateDocument } from '../../model/candidate-document';
import { PdfReadError, readPdf } from './read-pdf';
import { short } from '../../../tests/fixtures/short-dates';

const FIXTURES = join(__dirname, '../../../tests/fixtures/pdf');

function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, name)));
}

function sectionOf(doc: CandidateDocument, kind: string) {
  return doc.sections.find((section) => section.kind === kind);
}

describe('readPdf on a two-page one-column resume', async () => {
  const bytes = fixture('ml-engineer-two-page.pdf');
  const doc = await readPdf(bytes, { now: new Date('2026-01-02T03:04:05Z'), url: 'file:///resume.pdf' });

  it('is a valid pdf CandidateDocument identified by the SHA-256 of its bytes', () => {
    expect(CandidateDocument.safeParse(doc).success).toBe(true);
    expect(doc.source).toBe('pdf');
    expect(doc.url).toBe('file:///resume.pdf');
    expect(doc.capturedAt).toBe('2026-01-02T03:04:05.000Z');
    expect(doc.identity).toEqual({ kind: 'pdf', id: createHash('sha256').update(bytes).digest('hex') });
  });

  it('reads the person from the top', () => {
    expect(doc.person).toMatchObject({ name: 'Tomas Albrecht', headline: 'Senior Machine Learning Engineer', location: 'Rotterdam, Netherlands' });
    expect(doc.person.links).toEqual(['https://github.com/talbrecht-ml', 'https://linkedin.com/in/tomas-albrecht-ml']);
  });

  it('finds the sections in order', () => {
    expect(doc.sections.map((section) => section.kind)).toEqual(['summary', 'experience', 'projects', 'skills', 'education', 'publications']);
  });

  it('groups roles with title, organisation, dates and location, across the page break', () => {
    const roles = sectionOf(doc, 'experience')!.blocks;
    expect(roles.map((role) => [role.title, role.org, short(role.dates?.start), short(role.dates?.end), role.location])).toEqual([
      ['Senior Machine Learning Engineer', 'Freightline Logistics', '2021-03', 'present', 'Rotterdam, Netherlands'],
      ['Machine Learning Engineer', 'Quanta Retail', '2018-06', '2021-02', 'Utrecht, Netherlands'],
      ['Data Scientist', 'Northwind Insurance', '2016-09', '2018-05', 'Amsterdam, Netherlands'],
    ]);
  });

  it('joins wrapped bullets into one line each and undoes the hyphenated wrap', () => {
    const lines = sectionOf(doc, 'experience')!.blocks[0].text.split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toBe(
      'Deployed a PyTorch demand forecasting model behind a FastAPI service on Kubernetes, serving 2M requests/day at p99 latency under 40 ms.',
    );
    expect(lines[4]).toContain('Rebuilt the feature pipelines in Airflow and Spark');
  });

  it('keeps each skills line as its own block and drops page numbers', () => {
    expect(sectionOf(doc, 'skills')!.blocks.map((block) => block.text.split(':')[0])).toEqual(['Languages', 'Machine learning', 'MLOps']);
    expect(doc.sections.flatMap((section) => section.blocks).some((block) => /^\d+$/.test(block.text))).toBe(false);
  });

  it('reads the degree after the page break', () => {
    expect(sectionOf(doc, 'education')!.blocks[0]).toMatchObject({
      title: 'MSc Computer Science',
      org: 'Delft University of Technology',
      dates: { start: { year: 2014 }, end: { year: 2016 } },
    });
  });
});

describe('readPdf on a LinkedIn "Save to PDF" export', async () => {
  const doc = await readPdf(fixture('linkedin-export-two-column.pdf'));
  const experience = sectionOf(doc, 'experience')!;

  it('reads the person from the main column', () => {
    expect(doc.person).toMatchObject({
      name: 'Elena Marchetti',
      headline: 'Machine Learning Engineer at Helio Grid | MLOps, model serving',
      location: 'Milan, Lombardy, Italy',
      links: ['https://www.linkedin.com/in/elena-marchetti-ml'],
    });
  });

  it('maps the sidebar to skills, languages and certifications, joining wrapped entries', () => {
    expect(sectionOf(doc, 'skills')!.blocks.map((block) => block.text)).toEqual(['Kubernetes', 'PyTorch', 'MLOps']);
    expect(sectionOf(doc, 'languages')!.blocks.map((block) => block.text)).toEqual(['Italian (Native or Bilingual)', 'English (Full Professional)']);
    expect(sectionOf(doc, 'certifications')!.blocks.map((block) => block.text)).toEqual([
      'AWS Certified Machine Learning – Specialty',
      'Certified Kubernetes Application Developer',
    ]);
  });

  it('never lets the sidebar land inside an experience description', () => {
    const text = experience.blocks.map((block) => block.text).join('\n');
    for (const sidebar of ['Top Skills', 'Italian', 'English (Full', 'Specialty', 'Application Developer', 'elena.marchetti@example.com']) {
      expect(text).not.toContain(sidebar);
    }
  });

  it('reads each role with its company, inherited when one company holds several roles', () => {
    expect(experience.blocks.map((block) => [block.title, block.org, short(block.dates?.start), short(block.dates?.end), block.location])).toEqual([
      ['Senior Machine Learning Engineer', 'Helio Grid', '2023-01', 'present', 'Milan, Lombardy, Italy'],
      ['Machine Learning Engineer', 'Helio Grid', '2021-08', '2022-12', 'Milan, Lombardy, Italy'],
      ['Data Scientist', 'Orbis Analytics', '2019-03', '2021-07', 'Turin, Piedmont, Italy'],
    ]);
    expect(experience.blocks[0].text).toBe(
      'Led the move of load forecasting models to a real-time serving stack on Kubernetes with Seldon Core, handling 12,000 predictions per second.\n' +
        'Introduced drift monitoring with Evidently and automated weekly retraining, reducing forecast error (MAPE) from 9.1% to 6.4%.',
    );
  });

  it('reads summary and education from the main column and its second page', () => {
    expect(sectionOf(doc, 'summary')!.blocks[0].text).toBe(
      'I build and operate forecasting models for energy networks, from data pipelines to monitored services in production.',
    );
    expect(sectionOf(doc, 'education')!.blocks.map((block) => [block.title, block.org, short(block.dates?.start)])).toEqual([
      ['Master of Science', 'Politecnico di Milano', '2016'],
      ['Bachelor of Science', 'Università degli Studi di Torino', '2013'],
    ]);
  });
});

describe('readPdf refuses what it cannot read, with a message saying what to do', () => {
  it.each([
    ['scanned-no-text.pdf', 'no-text-layer', /no text layer \(it looks scanned\).*Export it again as text/],
    ['encrypted.pdf', 'encrypted', /password-protected.*without a password/],
    ['corrupt.pdf', 'corrupt', /not a readable PDF.*export it again/],
    ['thirty-one-pages.pdf', 'too-many-pages', /more than 30 pages.*Split out the resume pages/],
  ])('%s -> %s', async (name, code, message) => {
    const error = await readPdf(fixture(name)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PdfReadError);
    expect(error).toMatchObject({ code });
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toMatch(/paste/i);
  });

  it('refuses a file that is not a PDF at all', async () => {
    await expect(readPdf(new TextEncoder().encode('{"name": "not a pdf"}'))).rejects.toMatchObject({ code: 'corrupt' });
  });

  it('refuses a file over 20 MB before parsing it', async () => {
    await expect(readPdf(new Uint8Array(20 * 1024 * 1024 + 1))).rejects.toMatchObject({
      code: 'too-large',
      message: expect.stringMatching(/larger than 20 MB/),
    });
  });

  it('stops at the time limit instead of hanging', async () => {
    await expect(readPdf(fixture('ml-engineer-two-page.pdf'), { timeoutMs: 1 })).rejects.toMatchObject({
      code: 'timeout',
      message: expect.stringMatching(/took too long/),
    });
  });

  it('leaves the caller’s bytes usable after a read', async () => {
    const bytes = fixture('ml-engineer-two-page.pdf');
    await readPdf(bytes);
    expect(bytes.byteLength).toBeGreaterThan(0);
    expect((await readPdf(bytes)).person.name).toBe('Tomas Albrecht');
  });
});
