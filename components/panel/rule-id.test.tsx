import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { ChecklistResult, Screening } from '../../lib/model/screening';
import { ChecklistSection } from './checklist-section';
import { ProductionSection } from './production-section';
import { ReasonLine } from './verdict-summary';
import { INERT_HIGHLIGHT_GROUPS } from './test-support/inert-highlight-groups';

const groups = INERT_HIGHLIGHT_GROUPS;

const ruleIds = (html: string) => [...html.matchAll(/<code class="rule-id"[^>]*>([^<]*)<\/code>/g)].map((m) => m[1]);

const screening: Screening = {
  source: 'text',
  role: 'ml-engineer',
  screenedAt: '2026-01-01T00:00:00.000Z',
  words: 180,
  evidence: [
    {
      id: 'p1',
      kind: 'production',
      ruleId: 'production.serving',
      quote: 'Served the ranking model behind a FastAPI service at 1,200 requests per second.',
      match: 'Served',
      location: { section: 'experience', blockId: 'b1', start: 0, end: 6 },
      strength: 0.8,
      production: { aspect: 'serving', level: 'quantified' },
    },
  ],
  tools: [],
  outcomes: [],
  production: { level: 'quantified', evidenceIds: ['p1'], searched: 'deployment', ruleId: 'production.quantified' },
  buzzwords: { density: 0, count: 0, terms: [], ratio: 0, evidenceIds: [] },
  flags: [],
  checklist: [],
  score: 82,
  verdict: 'strong',
  reasons: ['Strong: ships and runs its own ML in production.'],
  verdictRule: { id: 'verdict.strong.own-production', evidenceIds: ['p1'] },
  incomplete: [],
};

const check = (ruleId?: string): ChecklistResult => ({
  id: 'ships-to-production',
  label: 'Ships models to production',
  status: 'pass',
  points: 20,
  reason: 'Serves a model it trained.',
  evidenceIds: ['p1'],
  ruleId,
});

describe('rule ids in the panel details', () => {
  it('shows the verdict table row beside the verdict reason', () => {
    const html = renderToStaticMarkup(<ReasonLine screening={screening} />);
    expect(ruleIds(html)).toEqual(['verdict.strong.own-production']);
    expect(html).toContain('data-testid="verdict-reason"');
  });

  it('shows the rule that decided each checklist item beside its reason', () => {
    const html = renderToStaticMarkup(<ChecklistSection checklist={[check('ships-to-production.own-ml')]} evidence={new Map()} groups={groups} />);
    expect(ruleIds(html)).toEqual(['ships-to-production.own-ml']);
  });

  it('shows the rule that set the production level beside the level', () => {
    const html = renderToStaticMarkup(<ProductionSection screening={screening} groups={groups} />);
    expect(ruleIds(html)).toEqual(['production.quantified']);
  });

  it('shows no empty rule id for a screening saved before rules had ids', () => {
    const older = { ...screening, verdictRule: undefined, production: { ...screening.production, ruleId: undefined } };
    expect(ruleIds(renderToStaticMarkup(<ReasonLine screening={older} />))).toEqual([]);
    expect(ruleIds(renderToStaticMarkup(<ProductionSection screening={older} groups={groups} />))).toEqual([]);
    expect(ruleIds(renderToStaticMarkup(<ChecklistSection checklist={[check()]} evidence={new Map()} groups={groups} />))).toEqual([]);
  });
});
