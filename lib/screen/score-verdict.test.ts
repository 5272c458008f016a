import { describe, expect, it } from 'vitest';
import type { Block } from '../model/candidate-document';
import type { Evidence } from '../model/evidence';
import type { RolePresetId } from '../model/screening';
import { evaluateChecklist } from './checklist/evaluate-checklist';
import { detectFlags } from './flags/detect-flags';
import { rolePreset } from './role-presets';
import { scoreAndVerdict } from './score-verdict';
import { buzzword, documentWith, factsOf, outcome, production, tool, vague } from './test-support/evidence-builders';

const mlJob: Block = {
  id: 'exp-1',
  title: 'Machine Learning Engineer',
  text: 'Trained and shipped the ranking models for the marketplace search, fine-tuned embeddings for retrieval, and ran the weekly model review with the product team every Monday morning.',
};
const webJob: Block = {
  id: 'exp-1',
  title: 'Backend Developer',
  text: 'Built the payment APIs and the admin dashboards for the marketplace, moved the services to containers, and kept the on-call rotation healthy for three years in a row.',
};
const salesJob: Block = {
  id: 'exp-1',
  title: 'Store Manager',
  text: 'Ran a store of twelve people, planned the weekly rota, trained new staff on the tills, and doubled footfall with local events and a loyalty card that customers liked a lot over the two busy summers, while keeping stock counts, window displays and the monthly reports to head office on time.',
};

const project: Block = { id: 'p1', text: 'Trained a random forest on house prices and compared it with linear regression.' };
const projectOutcome = () => ({ ...outcome('0.82', 'quality'), location: { section: 'projects' as const, blockId: 'p1', start: 0, end: 4 } });
const internVague = () => [vague('responsible for'), vague('worked on'), vague('involved in')];

function judge(block: Block, evidence: Evidence[], role: RolePresetId = 'ml-engineer', headline?: string) {
  const facts = factsOf(
    evidence,
    documentWith(
      [
        { kind: 'experience', blocks: [block] },
        { kind: 'projects', blocks: [project] },
      ],
      headline,
    ),
  );
  const preset = rolePreset(role);
  return scoreAndVerdict(facts, preset, evaluateChecklist(facts, preset, []), detectFlags(facts));
}

describe('scoreAndVerdict', () => {
  it.each<[string, Block, Evidence[], RolePresetId, string]>([
    [
      'an ML engineer with no production work',
      mlJob,
      [tool('PyTorch', 'ml-framework', 'used', 'experience', 'exp-1'), outcome('94%', 'quality')],
      'ml-engineer',
      'potential',
    ],
    [
      'a backend engineer with quantified production',
      webJob,
      [tool('Kubernetes', 'container', 'used', 'experience', 'exp-1'), production('quantified'), outcome('99.9%', 'uptime')],
      'ml-engineer',
      'pass',
    ],
    [
      'a backend engineer for an MLOps opening',
      webJob,
      [tool('Kubernetes', 'container', 'used', 'experience', 'exp-1'), production('quantified'), outcome('99.9%', 'uptime')],
      'mlops',
      'potential',
    ],
    [
      'a store manager with an AI headline',
      salesJob,
      [buzzword('passionate about AI'), buzzword('cutting-edge'), buzzword('results-driven')],
      'ml-engineer',
      'pass',
    ],
    [
      'a student with ML only in projects and vague duties',
      webJob,
      [...internVague(), tool('scikit-learn', 'ml-library', 'used', 'projects', 'p1')],
      'ml-engineer',
      'pass',
    ],
    [
      'a student with ML only in projects, described plainly, with a result',
      webJob,
      [tool('scikit-learn', 'ml-library', 'used', 'projects', 'p1'), projectOutcome()],
      'ml-engineer',
      'potential',
    ],
  ])('%s: %s', (_name, block, evidence, role, verdict) => {
    expect(judge(block, evidence, role, 'AI enthusiast').verdict).toBe(verdict);
  });

  it('judges nothing when there is almost no text and nothing concrete in it', () => {
    const emptyJob: Block = { id: 'exp-1', text: '' };
    const none = scoreAndVerdict(factsOf([], documentWith([{ kind: 'experience', blocks: [emptyJob] }])), rolePreset('ml-engineer'), [], []);
    expect(none).toMatchObject({ score: 0, verdict: 'insufficient', verdictRule: { id: 'insufficient.no-text' } });
    expect(none.reasons).toEqual([expect.stringMatching(/^Not enough evidence: no readable text was found\. Open /)]);
    const stub: Block = { id: 'exp-1', title: 'Engineer', text: 'Built things at a company.' };
    const few = scoreAndVerdict(factsOf([], documentWith([{ kind: 'experience', blocks: [stub] }])), rolePreset('ml-engineer'), [], []);
    expect(few.verdict).toBe('insufficient');
    expect(few.reasons[0]).toMatch(/^Not enough evidence: only 5 words/);
    const withTool = factsOf([tool('PyTorch', 'ml-framework', 'used', 'experience', 'exp-1')], documentWith([{ kind: 'experience', blocks: [stub] }]));
    expect(scoreAndVerdict(withTool, rolePreset('ml-engineer'), [], []).verdict).not.toBe('insufficient');
  });

  it('says when points come from items that stay unknown on a thin document', () => {
    const thinJob: Block = { id: 'exp-1', title: 'Engineer', text: 'Built things.' };
    const about: Block = {
      id: 'sum-1',
      text: 'Engineer who likes clear plans, written reviews and calm on-call weeks; mentor to new hires, organiser of the reading group, and the person who writes the onboarding guide.',
    };
    const facts = factsOf(
      [],
      documentWith([
        { kind: 'summary', blocks: [about] },
        { kind: 'experience', blocks: [thinJob] },
        { kind: 'projects', blocks: [project] },
      ]),
    );
    const preset = rolePreset('ml-engineer');
    const reasons = scoreAndVerdict(facts, preset, evaluateChecklist(facts, preset, []), detectFlags(facts)).reasons.filter((r) => r.startsWith('+'));
    expect(reasons.length).toBeGreaterThan(0);
    expect(reasons.every((r) => r.includes('(unknown: partial credit)'))).toBe(true);
    expect(judge(mlJob, [tool('PyTorch', 'ml-framework', 'used', 'experience', 'exp-1')]).reasons.some((r) => r.includes('unknown'))).toBe(false);
  });

  it('explains the verdict first, then the items with their points', () => {
    const { reasons } = judge(mlJob, [tool('PyTorch', 'ml-framework', 'used', 'experience', 'exp-1'), outcome('94%', 'quality')]);
    expect(reasons[0]).toMatch(/^Not strong: /);
    expect(reasons[1]).toMatch(/^\+20 Does machine learning in real work/);
  });

  it('takes points for flags and says so', () => {
    const hype = ['cutting-edge', 'synergy', 'results-driven', 'passionate about AI', 'world-class'].map(buzzword);
    const clean = judge(mlJob, [tool('PyTorch', 'ml-framework', 'used', 'experience', 'exp-1')]);
    const noisy = judge(mlJob, [tool('PyTorch', 'ml-framework', 'used', 'experience', 'exp-1'), ...hype]);
    expect(noisy.score).toBe(clean.score - 10);
    expect(noisy.reasons.some((r) => r.startsWith('−10 buzzword-heavy'))).toBe(true);
  });

  it('caps the score of a verdict below strong so that it never outranks a stronger one, and says so', () => {
    const capped = judge(mlJob, [
      tool('PyTorch', 'ml-framework', 'used', 'experience', 'exp-1'),
      tool('Kubernetes', 'container', 'used', 'experience', 'exp-1'),
      tool('Airflow', 'orchestration', 'used', 'experience', 'exp-1'),
      tool('Grafana', 'monitoring', 'used', 'experience', 'exp-1'),
      production('specified', 'serving', 'Trained and shipped the ranking models for the marketplace search.'),
      outcome('3%', 'revenue'),
    ]);
    expect(capped.verdict).toBe('potential');
    expect(capped.score).toBe(69);
    expect(capped.reasons[1]).toMatch(/^Score capped at 69 \(from \d+\)/);
  });

  it('keeps the score within 0..100', () => {
    const hype = Array.from({ length: 30 }, (_, i) => buzzword(`hype${i}`));
    const r = judge(salesJob, hype);
    expect(r.score, r.reasons.join('\n')).toBe(0);
  });
});
