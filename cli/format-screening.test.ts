import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { screenDocument } from '../lib/screen/screen-document';
import { readPlainText } from '../lib/sources/text/read-plain-text';
import { formatNotEnoughText, formatScreening } from './format-screening';
import { notEnoughTextRecord, screeningRecord } from './screening-record';

const document = readPlainText(readFileSync(join(__dirname, '../samples/sample-resume.txt'), 'utf8'));
const screening = screenDocument(document, { now: new Date('2026-06-01') });
const tooShort = readPlainText('Lena Fischer\nLooking for new opportunities.');
const insufficient = screenDocument(tooShort, { now: new Date('2026-06-01') });

describe('formatScreening', () => {
  const text = formatScreening('sample.txt', screening);

  it('starts with the verdict, in the words every surface uses, and the score', () => {
    expect(text.split('\n')[2]).toMatch(/^Verdict: (Strong|Potential|Not a fit) {3}Score: \d+\/100/);
  });

  it('prints buzzword density in its one unit, per 100 words, with the count and words it comes from', () => {
    const { count, density } = screening.buzzwords;
    expect(text).toContain(`Buzzwords: ${count} in ${screening.words} words, ${density.toFixed(1)} per 100 words`);
  });

  it('quotes each production sentence once', () => {
    const block = text.slice(text.indexOf('Production:'), text.indexOf('Outcomes'));
    const quotes = block.split('\n').filter((l) => l.trim().startsWith('“'));
    expect(quotes.length).toBeGreaterThan(1);
    expect(new Set(quotes).size).toBe(quotes.length);
  });
});

describe('formatScreening when there is not enough evidence', () => {
  const text = formatScreening('short.txt', insufficient);

  it('says so with its reason, and shows no score', () => {
    expect(insufficient.verdict).toBe('insufficient');
    expect(text).toContain('Verdict: Not enough evidence   Role: ml-engineer');
    expect(text).toContain(`  · ${insufficient.reasons[0]}`);
    expect(text).not.toMatch(/Score|\/100/);
  });

  it('shows no flag or checklist: they would be judgements made from nothing', () => {
    expect(text).not.toMatch(/Flags|Checklist|\[high\]/);
  });

  it('words a file that never reached the engine the same way', () => {
    expect(formatNotEnoughText('scan.pdf', 'This PDF has no text layer.')).toBe('━━ scan.pdf\nVerdict: Not enough evidence\n  · This PDF has no text layer.');
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

describe('screeningRecord when there is not enough evidence', () => {
  it('carries a null score, the label and the reason, and no flags or checklist', () => {
    const record = screeningRecord('short.txt', tooShort, insufficient);
    expect(record).toMatchObject({ verdict: 'insufficient', label: 'Not enough evidence', score: null, flags: [], checklist: [] });
    expect(record.reasons).toEqual(insufficient.reasons);
  });

  it('has the same fields for a file that never reached the engine', () => {
    expect(notEnoughTextRecord('feed.html', 'not a profile')).toEqual({
      file: 'feed.html',
      score: null,
      verdict: 'insufficient',
      label: 'Not enough evidence',
      reasons: ['not a profile'],
    });
  });
});
