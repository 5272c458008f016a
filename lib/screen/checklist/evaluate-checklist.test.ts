import { describe, expect, it } from 'vitest';
import { rolePreset } from '../role-presets';
import { documentWith, factsOf, production, tool } from '../test-support/evidence-builders';
import { evaluateChecklist } from './evaluate-checklist';
import { mustHaveChecks } from './must-have-check';

describe('evaluateChecklist', () => {
  it('gives every preset item a status, points that sum to at most 100, and reasons', () => {
    const results = evaluateChecklist(factsOf([production('quantified'), tool('PyTorch', 'ml-framework')]), rolePreset('ml-engineer'), []);
    expect(results.map((r) => r.id)).toEqual(rolePreset('ml-engineer').items.map((i) => i.check));
    expect(results.reduce((s, r) => s + r.points, 0)).toBeLessThanOrEqual(100);
    expect(results.find((r) => r.id === 'ships-to-production')).toMatchObject({ status: 'pass', points: 20 });
    expect(results.find((r) => r.id === 'experiment-tracking')).toBeUndefined();
  });

  it('turns failures into unknown on a document that describes too little work', () => {
    const thin = documentWith([{ kind: 'experience', blocks: [{ id: 'e', title: 'Engineer', text: 'Engineer' }] }]);
    const results = evaluateChecklist(factsOf([], thin), rolePreset('ml-engineer'), []);
    expect(new Set(results.map((r) => r.status))).toEqual(new Set(['unknown']));
    expect(results.every((r) => r.points > 0 && r.points < 10)).toBe(true);
  });

  it('turns failures into unknown when the reader saw only part of the profile', () => {
    const doc = { ...documentWith(), incomplete: [{ section: 'experience' as const, message: '3 of 7 roles shown' }] };
    const results = evaluateChecklist(factsOf([], doc), rolePreset('ml-engineer'), []);
    expect(results.find((r) => r.id === 'ships-to-production')?.status).toBe('unknown');
  });

  it('adds must-have tools and rescales the points', () => {
    const results = evaluateChecklist(factsOf([production('quantified')]), rolePreset('ml-engineer'), mustHaveChecks(['Spark']));
    expect(results.at(-1)).toMatchObject({ id: 'must-have:apachespark', status: 'fail', points: 0 });
    expect(results.find((r) => r.id === 'ships-to-production')?.points).toBeLessThan(20);
  });

  it.each(['ml-engineer', 'mlops', 'research', 'data-scientist'] as const)('%s preset runs on an empty document', (id) => {
    expect(evaluateChecklist(factsOf([]), rolePreset(id), []).length).toBe(rolePreset(id).items.length);
  });
});
