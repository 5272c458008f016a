import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { screenDocument } from '../lib/screen/screen-document';
import { readPlainText } from '../lib/sources/text/read-plain-text';
import { formatScreening } from './format-screening';
import { screeningRecord } from './screening-record';

const document = readPlainText(readFileSync(join(__dirname, '../samples/sample-resume.txt'), 'utf8'));
const screening = screenDocument(document, { now: new Date('2026-06-01') });

describe('formatScreening', () => {
  const text = formatScreening('sample.txt', screening);

  it('starts with the verdict and score', () => {
    expect(text.split('\n')[2]).toMatch(/^Verdict: (STRONG|POTENTIAL|NOT A FIT) {3}Score: \d+\/100/);
  });

  it('quotes each production sentence once', () => {
    const block = text.slice(text.indexOf('Production:'), text.indexOf('Outcomes'));
    const quotes = block.split('\n').filter((l) => l.trim().startsWith('“'));
    expect(quotes.length).toBeGreaterThan(1);
    expect(new Set(quotes).size).toBe(quotes.length);
  });
});

describe('screeningRecord', () => {
  it('carries the fields the --json contract promises, with quotes behind flags and tools', () => {
    const record = screeningRecord('sample.txt', document, screening);
    expect(Object.keys(record)).toEqual(
      expect.arrayContaining(['file', 'tools', 'outcomes', 'production', 'buzzwords', 'flags', 'checklist', 'score', 'verdict']),
    );
    expect(record.tools.find((t) => t.name === 'PyTorch')).toMatchObject({ category: expect.any(String), usage: 'used' });
    expect(record.tools.find((t) => t.name === 'PyTorch')!.evidence[0].quote).toContain('PyTorch');
    expect(record.outcomes.find((o) => o.token === '12M')).toMatchObject({ kind: 'throughput' });
    expect(record.production.level).toBe('quantified');
  });
});
