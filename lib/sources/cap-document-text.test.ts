import { describe, expect, it } from 'vitest';
import { CandidateDocument } from '../model/candidate-document';
import { capDocumentText, documentChars, MAX_SCREENED_CHARS } from './cap-document-text';

function documentOf(...texts: string[]): CandidateDocument {
  return {
    source: 'text',
    capturedAt: '2026-01-01T00:00:00.000Z',
    person: { name: 'Ines Varga', links: [] },
    sections: [{ kind: 'experience', heading: 'Experience', blocks: texts.map((text, i) => ({ id: `b${i}`, text, title: `Role ${i}` })) }],
    incomplete: [],
    warnings: [],
  };
}

describe('capDocumentText', () => {
  it('returns a document that fits the cap unchanged, without a notice', () => {
    const document = documentOf('Deployed a ranking model.', 'Cut latency by 40%.');
    expect(capDocumentText(document, { maxChars: 1000 })).toBe(document);
  });

  it('keeps the first characters in reading order, drops later blocks and says how much was screened', () => {
    const document = documentOf('a'.repeat(60), 'b'.repeat(60), 'c'.repeat(60));
    const capped = capDocumentText(document, { maxChars: 100 });
    expect(documentChars(capped)).toBeLessThanOrEqual(100);
    expect(capped.sections[0].blocks.map((b) => b.text[0])).toEqual(['a', 'b']);
    expect(capped.incomplete).toEqual([
      { message: `Only the first 100 of ${documentChars(document)} characters of text were screened; the rest was not read.` },
    ]);
    expect(CandidateDocument.safeParse(capped).success).toBe(true);
  });

  it('cuts at a word boundary, so a number is never shortened into another claim', () => {
    const capped = capDocumentText(documentOf('Cut serving cost by 40% in one quarter'), { maxChars: 48 });
    expect(capped.sections[0].blocks[0].text).toBe('Cut serving cost by');
  });

  it('never leaves half of a surrogate pair', () => {
    const capped = capDocumentText(documentOf('😀'.repeat(40)), { maxChars: 40 });
    const text = capped.sections[0].blocks[0].text;
    expect(text.length % 2).toBe(0);
    expect(text).toBe('😀'.repeat(text.length / 2));
  });

  it('bounds header fields too: one huge title cannot carry the whole input past the cap', () => {
    const document = documentOf('short');
    document.sections[0].blocks[0].title = 'Jan 2019 – '.repeat(100_000);
    expect(documentChars(capDocumentText(document, { maxChars: 1000 }))).toBeLessThanOrEqual(1000);
  });

  it('reports the size of a source its reader cut before reading', () => {
    const capped = capDocumentText(documentOf('Deployed a ranking model.'), { maxChars: 1000, source: { chars: 19_000_000, exact: true } });
    expect(capped.incomplete[0].message).toBe('Only the first 1,000 of 19,000,000 characters of text were screened; the rest was not read.');
  });

  it('says the file holds more when its reader stopped without knowing the total', () => {
    const capped = capDocumentText(documentOf('x'.repeat(1200)), { maxChars: 1000, source: { chars: 1000, exact: false } });
    expect(capped.incomplete[0].message).toBe('Only the first 1,000 characters of text were screened; the file holds more, which was not read.');
  });

  it('caps at half a million characters by default', () => {
    const capped = capDocumentText(documentOf('word '.repeat(120_000)));
    expect(documentChars(capped)).toBeLessThanOrEqual(MAX_SCREENED_CHARS);
    expect(capped.incomplete[0].message).toMatch(/^Only the first 500,000 of 600,0\d\d characters/);
  });
});
