import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../model/evidence';
import { buzzword, documentWith, factsOf, outcome, vague } from '../test-support/evidence-builders';
import { flagBuzzwordHeavy } from './flag-buzzword-heavy';

const hype = () => [buzzword('cutting-edge'), buzzword('results-driven'), buzzword('passionate about AI'), buzzword('synergy')];
const long = documentWith([{ kind: 'experience', blocks: [{ id: 'exp-1', text: 'Shipped the search ranking service. '.repeat(120) }] }]);
const concrete = (n: number): Evidence[] => Array.from({ length: n }, (_, i) => outcome(`${10 + i}%`, 'latency'));

describe('flagBuzzwordHeavy', () => {
  it.each<[string, Evidence[], boolean]>([
    ['hype and nothing concrete', hype(), true],
    ['hype plus vague duties', [buzzword('cutting-edge'), buzzword('synergy'), vague('responsible for'), vague('worked on')], true],
    ['hype outnumbering a little evidence', [...hype(), ...concrete(3)], true],
    ['as much evidence as hype', [...hype(), ...concrete(4)], false],
    ['two hype words in a short empty profile', [buzzword('cutting-edge'), buzzword('synergy')], true],
    ['two hype words beside some evidence', [buzzword('cutting-edge'), buzzword('synergy'), ...concrete(2)], false],
    ['one hype word', [buzzword('synergy')], false],
    ['vague duties count half against evidence', [vague('responsible for'), vague('worked on'), vague('involved in'), ...concrete(2)], false],
  ])('%s', (_name, evidence, expected) => {
    expect(flagBuzzwordHeavy(factsOf(evidence)) !== undefined).toBe(expected);
  });

  it('leaves a few hype words in a long plain text alone', () => {
    expect(flagBuzzwordHeavy(factsOf(hype(), long))).toBeUndefined();
  });

  it('lists every term it counted, vague phrases and repeats included', () => {
    const counted = [buzzword('strategic'), vague('responsible for'), vague('responsible for'), vague('worked on'), vague('involved in')];
    expect(flagBuzzwordHeavy(factsOf(counted))?.message).toBe(
      '5 buzzwords or vague phrases (“responsible for” ×2, “involved in”, “strategic”, “worked on”) against 0 pieces of concrete evidence.',
    );
  });

  it('says how many more terms it counted than it lists', () => {
    const counted = ['synergy', 'cutting-edge', 'visionary', 'rockstar', 'ninja', 'guru'].map((term) => buzzword(term));
    expect(flagBuzzwordHeavy(factsOf(counted))?.message).toMatch(/^6 buzzwords or vague phrases \(“[^)]+” and 2 more\)/);
  });
});
