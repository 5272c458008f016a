import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../model/evidence';
import { factsOf, outcome, vague } from '../test-support/evidence-builders';
import { flagVagueResponsibilities } from './flag-vague-responsibilities';

describe('flagVagueResponsibilities', () => {
  it.each<[string, Evidence[], boolean]>([
    ['duties and no results', [vague('responsible for'), vague('worked on machine learning')], true],
    ['many duties, one result', [vague('responsible for'), vague('involved in'), vague('worked on'), outcome('20%', 'cost')], true],
    ['one vague phrase', [vague('responsible for')], false],
    ['results outnumber duties', [vague('responsible for'), vague('worked on'), ...['1%', '2%', '3%', '4%', '5%'].map((t) => outcome(t, 'latency'))], false],
  ])('%s', (_name, evidence, expected) => {
    expect(flagVagueResponsibilities(factsOf(evidence)) !== undefined).toBe(expected);
  });
});
