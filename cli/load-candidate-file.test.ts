import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentChars, MAX_SCREENED_CHARS } from '../lib/sources/cap-document-text';
import { NotEnoughTextError } from '../lib/sources/not-enough-text-error';
import { PdfReadError } from '../lib/sources/pdf/read-pdf';
import { loadCandidateFile } from './load-candidate-file';

const dir = mkdtempSync(join(tmpdir(), 'shipcheck-load-'));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const FIXTURES = join(__dirname, '../tests/fixtures');

describe('loadCandidateFile', () => {
  it('chooses the reader by extension', async () => {
    expect((await loadCandidateFile(file('a.json', '{"basics":{"name":"A B"}}'))).source).toBe('jsonresume');
    expect((await loadCandidateFile(file('a.txt', 'Ana Lee\nEngineer'))).source).toBe('text');
  });

  it.each([
    ['missing.pdf', undefined, /file not found/],
    ['resume.docx', 'x', /unsupported file type ".docx"/],
    ['broken.json', '{"basics": ', /line 1, column 12/],
  ])('explains why %s cannot be read', async (name, content, message) => {
    const path = content === undefined ? join(dir, name) : file(name, content);
    await expect(loadCandidateFile(path)).rejects.toThrow(message);
  });

  it('keeps a damaged PDF a reading failure, not a lack of text', async () => {
    await expect(loadCandidateFile(join(FIXTURES, 'pdf/corrupt.pdf'))).rejects.toBeInstanceOf(PdfReadError);
  });
});

describe('loadCandidateFile on files that hold nothing to screen', () => {
  it.each([
    ['not-enough-text/nul-bytes.txt', /binary data, not text/],
    ['not-enough-text/wrong-type.json', /not a resume/],
    ['not-enough-text/linkedin-feed.html', /LinkedIn page but not a member profile/],
    ['pdf/scanned-no-text.pdf', /no text layer/],
  ])('%s: a NotEnoughTextError that says what the file is', async (name, message) => {
    const error = await loadCandidateFile(join(FIXTURES, name)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotEnoughTextError);
    expect((error as Error).message).toMatch(message);
  });

  it('refuses binary data whatever its extension claims', async () => {
    await expect(loadCandidateFile(file('page.html', Uint8Array.from([0x3c, 0x68, 0, 0, 0x3e])))).rejects.toBeInstanceOf(NotEnoughTextError);
  });
});

describe('loadCandidateFile on text past the cap', () => {
  const role = 'Machine Learning Engineer, Orbital Freight   Jan 2021 – Present\n- Deployed a PyTorch ranking model on Kubernetes serving 2M requests a day.\n';
  const filler = 'Wrote weekly notes about the team and its plans for the next quarter.\n';
  const text = `Noor Haddad\nSenior ML Engineer\n\nExperience\n${role}${filler.repeat(Math.ceil((MAX_SCREENED_CHARS * 2) / filler.length))}`;

  it('screens the first part only, and the document says how long the file was', async () => {
    const document = await loadCandidateFile(file('long.txt', text));
    expect(documentChars(document)).toBeLessThanOrEqual(MAX_SCREENED_CHARS);
    expect(document.incomplete.map((i) => i.message)).toEqual([
      `Only the first 500,000 of ${text.length.toLocaleString('en-US')} characters of text were screened; the rest was not read.`,
    ]);
    expect(document.sections.flatMap((s) => s.blocks).some((b) => b.text.includes('PyTorch ranking model'))).toBe(true);
  });

  it('caps a saved JSON resume too', async () => {
    const json = JSON.stringify({ basics: { name: 'Noor Haddad' }, work: [{ position: 'ML Engineer', highlights: [filler.repeat(10_000)] }] });
    const document = await loadCandidateFile(file('long.json', json));
    expect(documentChars(document)).toBeLessThanOrEqual(MAX_SCREENED_CHARS);
    expect(document.incomplete[0].message).toMatch(/^Only the first 500,000 of 7\d\d,\d\d\d characters/);
  });
});
