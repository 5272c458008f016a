import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../model/evidence';
import { factsOf, tool } from '../test-support/evidence-builders';
import { flagInflatedSkills } from './flag-inflated-skills';

const listed = (n: number): Evidence[] => Array.from({ length: n }, (_, i) => tool(`Tool${i}`, 'other', 'listed'));
const used = (n: number): Evidence[] => Array.from({ length: n }, (_, i) => tool(`Used${i}`, 'other', 'used'));

describe('flagInflatedSkills', () => {
  it.each<[string, Evidence[], boolean]>([
    ['20 listed, 2 used', [...listed(20), ...used(2)], true],
    ['15 listed, none used', listed(15), true],
    ['20 listed, 12 used', [...listed(20), ...used(12)], false],
    ['a short list', listed(6), false],
  ])('%s', (_name, evidence, expected) => {
    expect(flagInflatedSkills(factsOf(evidence)) !== undefined).toBe(expected);
  });

  it('counts a tool once even when it is both listed and used', () => {
    const evidence = [...listed(14), ...Array.from({ length: 14 }, (_, i) => tool(`Tool${i}`, 'other', 'used'))];
    expect(flagInflatedSkills(factsOf(evidence))).toBeUndefined();
  });
});
