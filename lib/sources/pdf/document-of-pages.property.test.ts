import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CandidateDocument } from '../../model/candidate-document';
import { documentOfPages } from './document-of-pages';
import type { PdfTextItem } from './pdf-text-item';

const item = fc.record({
  text: fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('•', 'Experience', 'Jan 2020 – Present', 'a'.repeat(300), '((((', '-', '2019 2020')),
  x: fc.double({ min: 0, max: 600, noNaN: true }),
  y: fc.double({ min: 0, max: 800, noNaN: true }),
  width: fc.double({ min: 0, max: 600, noNaN: true }),
  fontSize: fc.double({ min: 1, max: 40, noNaN: true }),
  bold: fc.boolean(),
});

describe('documentOfPages on arbitrary text runs', () => {
  it('returns a valid document that holds no character the runs did not', () => {
    fc.assert(
      fc.property(fc.array(fc.array(item, { maxLength: 120 }), { minLength: 1, maxLength: 3 }), (pages) => {
        const doc = documentOfPages(pages.map((items, i) => ({ number: i + 1, width: 612, height: 792, items })));
        expect(CandidateDocument.safeParse(doc).success).toBe(true);
        const printed = new Set(pages.flat().flatMap((run) => [...run.text]));
        const read = [doc.person.name, doc.person.headline, ...doc.sections.flatMap((s) => s.blocks.map((b) => b.text))].join('');
        for (const ch of read) if (ch.trim()) expect(printed).toContain(ch);
      }),
      { numRuns: 150 },
    );
  });

  // Its time is measured by `npm run bench` (hostile inputs).
  it('keeps every run of a dense 5,000-run page', () => {
    const items: PdfTextItem[] = [];
    for (let i = 0; i < 5000; i++) {
      items.push({
        text: `word${i} deployed model ${i % 7 === 0 ? '•' : ''} 2019 – 2020`,
        x: (i % 5) * 110 + 20,
        y: 790 - Math.floor(i / 5) * 0.75,
        width: 100,
        fontSize: 6 + (i % 3),
        bold: i % 11 === 0,
      });
    }
    const text = JSON.stringify(documentOfPages([{ number: 1, width: 612, height: 792, items }]));
    for (let i = 0; i < 5000; i++) expect(text).toContain(`word${i} `);
  });
});
