import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { screenDocument } from '../lib/screen/screen-document';
import { readPlainText } from '../lib/sources/text/read-plain-text';
import { formatExplanation } from './format-explanation';

const screening = screenDocument(readPlainText(readFileSync(join(__dirname, '../samples/sample-resume.txt'), 'utf8')), { now: new Date('2026-06-01') });

describe('formatExplanation', () => {
  const text = formatExplanation(screening);

  it('names the verdict row, what it reads, and quotes its evidence with rule ids', () => {
    expect(text).toContain(`row ${screening.verdictRule?.id}`);
    expect(text).toMatch(/when: .+\n {4}reads: .+/);
    expect(text).toMatch(/\[[a-z-]+\.[a-z-.]+\] \([a-z]+, (job|project|coursework|unknown)[^)]*\) “/);
  });

  it('gives the production level’s rule and each checklist item’s rule', () => {
    expect(text).toContain(`Production ${screening.production.level}: rule production.${screening.production.level}`);
    for (const c of screening.checklist) expect(text).toContain(`${c.label}: rule ${c.ruleId}`);
  });
});
