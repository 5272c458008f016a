import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../lib/model/evidence';
import type { Screening, ToolSummary } from '../../lib/model/screening';
import { categoryLabel, groupOutcomes, groupProduction, groupTools, quotesOf, topFlags } from './group-screening';

const tool = (name: string, category: ToolSummary['category'], usage: ToolSummary['usage']): ToolSummary => ({
  name,
  category,
  usage,
  evidenceIds: [name],
});

const production = (id: string, level: 'mentioned' | 'specified' | 'quantified', quote = id): Evidence => ({
  id,
  kind: 'production',
  ruleId: 'r',
  quote,
  match: id,
  location: { section: 'experience', blockId: 'b', start: 0, end: 1 },
  strength: 0.5,
  production: { aspect: 'deployment', level },
});

describe('groupTools', () => {
  it('splits each category into used and only-listed tools, most used first', () => {
    const groups = groupTools([
      tool('Excel', 'productivity', 'listed'),
      tool('PyTorch', 'ml-framework', 'used'),
      tool('TensorFlow', 'ml-framework', 'listed'),
      tool('Docker', 'container', 'used'),
      tool('Kubernetes', 'container', 'used'),
    ]);
    expect(groups.map((group) => group.category)).toEqual(['container', 'ml-framework', 'productivity']);
    expect(groups[1].used.map((t) => t.name)).toEqual(['PyTorch']);
    expect(groups[1].listed.map((t) => t.name)).toEqual(['TensorFlow']);
  });
});

describe('groupOutcomes', () => {
  it('groups outcomes by kind, largest group first', () => {
    const outcome = (kind: 'latency' | 'cost', id: string) => ({ text: id, token: '1%', kind, evidenceId: id });
    const groups = groupOutcomes([outcome('cost', 'a'), outcome('latency', 'b'), outcome('latency', 'c')]);
    expect(groups.map((group) => [group.kind, group.outcomes.length])).toEqual([
      ['latency', 2],
      ['cost', 1],
    ]);
  });
});

describe('groupProduction', () => {
  it('orders levels from quantified to mentioned and drops empty ones', () => {
    const groups = groupProduction([production('a', 'mentioned'), production('b', 'quantified')]);
    expect(groups.map((group) => group.level)).toEqual(['quantified', 'mentioned']);
  });
});

describe('quotesOf', () => {
  it('keeps one item per quote and skips unknown ids', () => {
    const byId = new Map([
      ['a', production('a', 'mentioned', 'Same sentence.')],
      ['b', production('b', 'specified', 'Same sentence.')],
      ['c', production('c', 'specified', 'Other sentence.')],
    ]);
    expect(quotesOf(['a', 'x', 'b', 'c'], byId).map((item) => item.id)).toEqual(['a', 'c']);
  });
});

describe('topFlags', () => {
  it('puts high severity first', () => {
    const flags = [
      { id: 'job-hopping', severity: 'low', message: 'l', evidenceIds: [] },
      { id: 'missing-deployment', severity: 'high', message: 'h', evidenceIds: [] },
    ] as Screening['flags'];
    expect(topFlags({ flags } as Screening, 1).map((flag) => flag.message)).toEqual(['h']);
  });
});

describe('categoryLabel', () => {
  it.each([
    ['ml-framework', 'ML framework'],
    ['ci-cd', 'CI/CD'],
    ['data-warehouse', 'Data warehouse'],
    ['llm', 'LLM'],
  ])('labels %s', (category, label) => {
    expect(categoryLabel(category)).toBe(label);
  });
});
