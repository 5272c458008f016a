import { describe, expect, it } from 'vitest';
import { acceptRule } from './accept';
import { classifyKind } from './classify-kind';
import { PLAUSIBILITY_RULES, plausibilityWarning } from './plausibility';
import { candidateFor } from './test-support';

function ruleFires(id: string, sentence: string, token: string): boolean {
  const c = candidateFor(sentence, token);
  const rule = acceptRule(c)!;
  return PLAUSIBILITY_RULES.find((p) => p.id === id)!.applies(c, rule, classifyKind(c, rule));
}

const CASES: Record<string, { fires: [string, string]; passes: [string, string] }> = {
  'bounded-over-100': { fires: ['Reached 140% accuracy on the test set', '140%'], passes: ['Grew revenue 140% year on year', '140%'] },
  'reduction-over-100': { fires: ['Reduced cloud costs by 150%', '150%'], passes: ['Reduced cloud costs by 50%', '50%'] },
  'fraction-metric-over-1': { fires: ['Reached an AUC of 1.4', '1.4'], passes: ['Reached an AUC of 0.94', '0.94'] },
  'bare-multiplier': { fires: ['Known as a 10x engineer', '10x'], passes: ['Made queries 10x faster', '10x'] },
  'absurd-precision': { fires: ['Improved accuracy by 12.3456%', '12.3456%'], passes: ['Improved accuracy by 12.3%', '12.3%'] },
  'perfect-uptime': { fires: ['Guaranteed 100% uptime', '100%'], passes: ['Guaranteed 99.9% uptime', '99.9%'] },
};

describe('plausibility rules', () => {
  it('has a case for every rule', () => {
    expect(Object.keys(CASES).sort()).toEqual(PLAUSIBILITY_RULES.map((p) => p.id).sort());
  });
  describe.each(Object.entries(CASES))('%s', (id, { fires, passes }) => {
    it(`fires on "${fires[0]}"`, () => expect(ruleFires(id, ...fires)).toBe(true));
    it(`does not fire on "${passes[0]}"`, () => expect(ruleFires(id, ...passes)).toBe(false));
  });
  it('returns the warning text of the first rule that fires', () => {
    const c = candidateFor('Reached 140% accuracy', '140%');
    expect(plausibilityWarning(c, 'outcome.percent', 'quality')).toMatch(/100%/);
  });
});
