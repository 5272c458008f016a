import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexDocument } from '../../text/indexed-document';
import { extractTools } from './extract-tools';

function docOf(text: string, withSkills = true) {
  return indexDocument({
    source: 'text',
    capturedAt: '2026-01-01T00:00:00Z',
    person: { links: [] },
    sections: [
      { kind: 'experience', heading: 'Experience', blocks: [{ id: 'e', text, title: text.slice(0, 80), skills: [text.slice(0, 40)] }] },
      ...(withSkills ? [{ kind: 'skills' as const, heading: 'Skills', blocks: [{ id: 's', text }] }] : []),
    ],
    incomplete: [],
    warnings: [],
  });
}

const TOOLISH = [
  'C++',
  'C#',
  '.NET',
  'Go',
  'R',
  'Spark',
  'PyTorch',
  'k8s',
  'W&B',
  'Node.js',
  'https://x.io/a',
  ',',
  ' ',
  '\n',
  '/',
  '&',
  '+',
  '#',
  '.',
  '-',
  'é',
  '🤗',
  '\u0000',
];

describe('extractTools on random and adversarial text', () => {
  it('never throws and keeps every offset inside its block', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 400 }),
          fc.array(fc.constantFrom(...TOOLISH), { maxLength: 300 }).map((parts) => parts.join('')),
        ),
        (text) => {
          for (const e of extractTools(docOf(text))) {
            expect(e.location.end).toBeLessThanOrEqual(text.length);
            if (e.location.end > e.location.start) expect(text.slice(e.location.start, e.location.end)).toBe(e.match);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  // Their time is measured by `npm run bench` (hostile inputs).
  it.each([
    ['one long line without spaces: one word, no tool', 'PyTorch'.repeat(150_000), []],
    ['a million-character comma list of ambiguous words', 'Go, R, C, Spark, '.repeat(60_000), ['Apache Spark', 'C', 'Go', 'R']],
    ['repeated symbols', 'C++#.NET/&+'.repeat(100_000), ['.NET', 'C', 'C++']],
    ['random unicode', Array.from({ length: 1_000_000 }, (_, i) => String.fromCharCode(32 + ((i * 7919) % 20000))).join(''), []],
  ])('reads 1 MB of %s into at most 5,000 mentions that point back at the text', (_name, text, tools) => {
    const evidence = extractTools(docOf(text, false));
    expect([...new Set(evidence.map((e) => e.tool.name))].sort()).toEqual(tools);
    expect(evidence.length).toBeLessThanOrEqual(5000);
    for (const e of evidence) expect(text.slice(e.location.start, e.location.end)).toBe(e.match);
  });
});
