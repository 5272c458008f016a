import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../model/evidence';
import { buzzword, documentWith, factsOf, outcome, production, tool, vague } from '../test-support/evidence-builders';
import { flagBuzzwordHeavy } from './flag-buzzword-heavy';

const hype = () => [buzzword('cutting-edge'), buzzword('results-driven'), buzzword('passionate about AI'), buzzword('synergy')];
const long = documentWith([{ kind: 'experience', blocks: [{ id: 'exp-1', text: 'Shipped the search ranking service. '.repeat(120) }] }]);
const concrete = (n: number): Evidence[] => Array.from({ length: n }, (_, i) => outcome(`${10 + i}%`, 'latency'));

describe('flagBuzzwordHeavy', () => {
  it.each<[string, Evidence[], boolean]>([
    ['hype and nothing concrete', hype(), true],
    ['hype plus vague duties', [buzzword('cutting-edge'), vague('responsible for'), vague('worked on')], true],
    ['hype rivalling a little evidence', [...hype(), ...concrete(3)], true],
    ['a few hype words in a long concrete resume', [...hype(), ...concrete(12), tool('PyTorch', 'ml-framework'), production('quantified')], false],
    ['two hype words only', [buzzword('cutting-edge'), buzzword('synergy')], false],
  ])('%s', (_name, evidence, expected) => {
    expect(flagBuzzwordHeavy(factsOf(evidence, long)) !== undefined).toBe(expected);
  });

  it('counts density: many buzzwords in a short text flag even with some evidence', () => {
    const short = documentWith([{ kind: 'summary', blocks: [{ id: 's', text: 'word '.repeat(200) }] }]);
    const evidence = [...hype(), ...concrete(12)];
    expect(flagBuzzwordHeavy(factsOf(evidence, short))).toBeDefined();
  });
});
