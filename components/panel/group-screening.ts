import type { Evidence, OutcomeKind, ProductionEvidence, ToolCategory } from '../../lib/model/evidence';
import type { OutcomeSummary, Screening, ToolSummary } from '../../lib/model/screening';

export interface ToolGroup {
  category: ToolCategory;
  used: ToolSummary[];
  listed: ToolSummary[];
}

/** Tools per category, categories with the most tools used in real work first. */
export function groupTools(tools: readonly ToolSummary[]): ToolGroup[] {
  const groups = new Map<ToolCategory, ToolGroup>();
  for (const tool of tools) {
    const group = groups.get(tool.category) ?? { category: tool.category, used: [], listed: [] };
    (tool.usage === 'used' ? group.used : group.listed).push(tool);
    groups.set(tool.category, group);
  }
  return [...groups.values()].sort((a, b) => b.used.length - a.used.length || b.listed.length - a.listed.length || a.category.localeCompare(b.category));
}

export interface OutcomeGroup {
  kind: OutcomeKind;
  outcomes: OutcomeSummary[];
}

export function groupOutcomes(outcomes: readonly OutcomeSummary[]): OutcomeGroup[] {
  const groups = new Map<OutcomeKind, OutcomeSummary[]>();
  for (const outcome of outcomes) groups.set(outcome.kind, [...(groups.get(outcome.kind) ?? []), outcome]);
  return [...groups.entries()].map(([kind, list]) => ({ kind, outcomes: list })).sort((a, b) => b.outcomes.length - a.outcomes.length);
}

export type ProductionLevelName = ProductionEvidence['production']['level'];

export interface ProductionGroup {
  level: ProductionLevelName;
  evidence: ProductionEvidence[];
}

const LEVEL_ORDER: ProductionLevelName[] = ['quantified', 'specified', 'mentioned'];

/** Production evidence from the strongest level (numbers about a running system) to the weakest. */
export function groupProduction(evidence: readonly Evidence[]): ProductionGroup[] {
  const production = evidence.filter((item): item is ProductionEvidence => item.kind === 'production');
  return LEVEL_ORDER.map((level) => ({ level, evidence: production.filter((item) => item.production.level === level) })).filter(
    (group) => group.evidence.length > 0,
  );
}

export function evidenceById(screening: Screening): Map<string, Evidence> {
  return new Map(screening.evidence.map((item) => [item.id, item]));
}

/** The distinct quotes behind a list of evidence ids, in the order given. */
export function quotesOf(ids: readonly string[], byId: ReadonlyMap<string, Evidence>): Evidence[] {
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const id of ids) {
    const item = byId.get(id);
    if (!item || seen.has(item.quote)) continue;
    seen.add(item.quote);
    out.push(item);
  }
  return out;
}

const SEVERITY_RANK = { high: 0, medium: 1, low: 2 } as const;

export function topFlags(screening: Screening, count: number): Screening['flags'] {
  return [...screening.flags].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]).slice(0, count);
}

/** "ml-framework" -> "ML framework": category ids read as labels. */
export function categoryLabel(category: string): string {
  const words = category.split('-').map((word) => (['ml', 'llm', 'ci', 'cd', 'os'].includes(word) ? word.toUpperCase() : word));
  const label = words.join(' ').replace('CI CD', 'CI/CD');
  return label.charAt(0).toUpperCase() + label.slice(1);
}
