import { describe, expect, it } from 'vitest';
import type { Evidence } from '../model/evidence';
import { evaluateChecklist } from './checklist/evaluate-checklist';
import { detectFlags } from './flags/detect-flags';
import { rolePreset } from './role-presets';
import { scoreAndVerdict } from './score-verdict';
import { indexDocument } from '../text/indexed-document';
import { gatherFacts } from './screen-facts';
import { buzzword, documentWith, factsOf, NOW, outcome, production, tool, vague } from './test-support/evidence-builders';

describe('gatherFacts', () => {
  it('counts concrete evidence: used tools, outcomes, and production beyond a mention', () => {
    const facts = factsOf([
      tool('PyTorch', 'ml-framework'),
      tool('Docker', 'container', 'listed'),
      outcome('40%', 'latency'),
      production('specified'),
      production('mentioned'),
    ]);
    expect(facts.concrete).toBe(3);
  });

  it.each([
    ['described work', documentWith(), false],
    ['titles only', documentWith([{ kind: 'experience', blocks: [{ id: 'e', title: 'Engineer', text: 'Engineer at Acme' }] }]), true],
    ['a half-read profile', { ...documentWith(), incomplete: [{ section: 'experience' as const, message: '2 of 6 roles shown' }] }, true],
  ])('%s: thin = %s', (_name, doc, thin) => {
    expect(factsOf([], doc).thin).toBe(thin);
  });

  it('remembers which roles are contracts or internships by their employment type', () => {
    const doc = documentWith([
      {
        kind: 'experience',
        blocks: [
          { id: 'c', text: 'x', employmentType: 'Contract' },
          { id: 'f', text: 'y', employmentType: 'Full-time' },
        ],
      },
    ]);
    expect([...factsOf([], doc).nonPermanentBlockIds]).toEqual(['c']);
  });

  // Its time (linear, not quadratic) is measured by `npm run bench` (hostile inputs).
  it('counts every one of tens of thousands of evidence pieces', () => {
    const text = 'Leveraged cutting-edge PyTorch models, cut latency by 30%. '.repeat(20_000);
    const doc = documentWith([{ kind: 'experience', blocks: [{ id: 'big', text }] }]);
    const evidence: Evidence[] = [];
    for (let i = 0; i < 20_000; i++) {
      const at = i * 58;
      for (const e of [buzzword('cutting-edge'), tool('PyTorch', 'ml-framework', 'used', 'experience', 'big'), outcome('30%', 'latency'), vague('Leveraged')]) {
        evidence.push({ ...e, location: { ...e.location, blockId: 'big', start: at + 10, end: at + 20 } });
      }
    }
    const facts = gatherFacts(indexDocument(doc), evidence, NOW);
    const preset = rolePreset('ml-engineer');
    const flags = detectFlags(facts);
    expect(facts.tools.map((t) => [t.name, t.usage, t.evidenceIds.length])).toEqual([['PyTorch', 'used', 20_000]]);
    expect(facts.buzzwords.count).toBe(20_000);
    expect(flags.map((f) => f.id)).toContain('buzzword-heavy');
    expect(scoreAndVerdict(facts, preset, evaluateChecklist(facts, preset, []), flags).reasons.length).toBeGreaterThan(0);
  });
});
