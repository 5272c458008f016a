import fc from 'fast-check';
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { Screening } from '../../lib/model/screening';
import { screenDocument } from '../../lib/screen/screen-document';
import { readPlainText } from '../../lib/sources/text/read-plain-text';

const screenText = (text: string) => screenDocument(readPlainText(text), { now: new Date('2026-01-01') });

const hostile = [
  'a'.repeat(1_000_000),
  '('.repeat(200_000) + 'x'.repeat(200_000),
  `${'1'.repeat(100_000)}%`,
  '$'.repeat(50_000) + '9'.repeat(50_000),
  'C++ '.repeat(100_000),
  '.'.repeat(300_000),
  '\u0000\uFFFF\uD83D\uDE00'.repeat(50_000),
  `${'from 90s to 4s '.repeat(40_000)}`,
  'Deployed '.repeat(100_000),
  `${'cutting-edge '.repeat(50_000)}`,
  'Jan 2020 - Present\n'.repeat(30_000),
];

describe('engine robustness', () => {
  it('screens any random text without throwing, and the result is a valid Screening', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (text) => {
        Screening.parse(screenText(text));
      }),
      { numRuns: 300 },
    );
  });

  it('screens random resume-like word soup without throwing', () => {
    const words = fc.constantFrom('Deployed', 'PyTorch', 'C++', '.NET', 'Go', 'R', '40%', '$2.3M', 'from', '90s', 'to', '4s', 'p99', 'Jan 2020 –', 'Present', '\n', '•', 'cutting-edge', 'k8s', 'ms', 'x', '10x', '(', ')', ',', '.');
    fc.assert(
      fc.property(fc.array(words, { maxLength: 400 }), (parts) => {
        Screening.parse(screenText(parts.join(' ')));
      }),
      { numRuns: 300 },
    );
  });

  it.each(hostile.map((text, i) => [i, text] as const))('hostile input %i finishes without throwing in under 1 s', (_i, text) => {
    const started = performance.now();
    expect(() => screenText(text)).not.toThrow();
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('screens 1 MB of long-line resume text in under 1 s', () => {
    const line = 'Deployed a PyTorch model with FastAPI on Kubernetes serving 12M requests/day at 40 ms p99, cutting cost by 30%. ';
    const text = line.repeat(Math.ceil(1_000_000 / line.length));
    const started = performance.now();
    const screening = screenText(text);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(screening.words).toBeGreaterThan(100_000);
  });
});
