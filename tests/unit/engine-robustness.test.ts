import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Screening } from '../../lib/model/screening';
import { screenDocument } from '../../lib/screen/screen-document';
import { readPlainText } from '../../lib/sources/text/read-plain-text';

const screenText = (text: string) => screenDocument(readPlainText(text), { now: new Date('2026-01-01') });

/** CPU milliseconds spent by this test process: unlike wall time, not inflated by other work on the machine. */
function cpuMs(fn: () => unknown): number {
  const before = process.cpuUsage();
  fn();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

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
    expect(cpuMs(() => expect(() => screenText(text)).not.toThrow())).toBeLessThan(1000);
  });

  it('screens 1 MB of long-line resume text in under 1 s', () => {
    const line = 'Deployed a PyTorch model with FastAPI on Kubernetes serving 12M requests/day at 40 ms p99, cutting cost by 30%. ';
    const text = line.repeat(Math.ceil(1_000_000 / line.length));
    let words = 0;
    expect(cpuMs(() => (words = screenText(text).words))).toBeLessThan(1000);
    expect(words).toBeGreaterThan(100_000);
  });
});
