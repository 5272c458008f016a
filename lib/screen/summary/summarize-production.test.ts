import { describe, expect, it } from 'vitest';
import type { ProductionEvidence } from '../../model/evidence';
import { production } from '../test-support/evidence-builders';
import { summarizeProduction } from './summarize-production';

describe('summarizeProduction', () => {
  it.each<[string, ProductionEvidence[], string]>([
    ['nothing', [], 'none'],
    ['only words', [production('mentioned')], 'mentioned'],
    ['the highest level wins', [production('mentioned'), production('quantified'), production('specified')], 'quantified'],
  ])('%s', (_name, evidence, level) => {
    expect(summarizeProduction(evidence).level).toBe(level);
  });

  it('cites the statements at the winning level and says what it searched', () => {
    const low = production('mentioned');
    const high = production('specified');
    const summary = summarizeProduction([low, high]);
    expect(summary.evidenceIds).toEqual([high.id]);
    expect(summary.searched).toContain('monitoring');
    expect(summarizeProduction([]).searched).toContain('found none');
    expect(summary).toMatchObject({ ruleId: 'production.specified', reason: `What ran and with what: “${high.quote}”.` });
    expect(summarizeProduction([])).toMatchObject({ ruleId: 'production.none', reason: expect.stringMatching(/^No statement/) });
  });
});
