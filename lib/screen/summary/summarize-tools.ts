import type { ToolEvidence } from '../../model/evidence';
import type { ToolSummary } from '../../model/screening';

/** One entry per canonical tool, `used` when any occurrence is in real work, in order of first mention. */
export function summarizeTools(tools: readonly ToolEvidence[]): ToolSummary[] {
  const byName = new Map<string, ToolSummary>();
  for (const e of tools) {
    const known = byName.get(e.tool.name);
    if (!known) {
      byName.set(e.tool.name, { name: e.tool.name, category: e.tool.category, usage: e.tool.usage, evidenceIds: [e.id] });
      continue;
    }
    known.evidenceIds.push(e.id);
    if (e.tool.usage === 'used') known.usage = 'used';
  }
  return [...byName.values()];
}
