import type { ToolSummary } from '../../model/screening';
import { suggestToolNames, type ToolNameCheck } from '../../extract/tools/suggest-tool-names';
import type { ScreenFacts } from '../screen-facts';
import { fail, pass, unknown, type Check } from './check-result';

/** Spelling-insensitive tool key: "scikit-learn", "Scikit Learn" and "scikitlearn" agree; "C++" keeps its plus signs. */
export function toolKey(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}+#]/gu, '');
}

/**
 * One checklist row per must-have tool. The catalogue names the tool ("ADF" -> Azure Data Factory), so
 * two spellings of one tool make one row; a name the catalogue does not know is searched as typed, and
 * its row says so (with the closest catalogue names) instead of failing the candidate on a typo.
 */
export function mustHaveChecks(typed: readonly string[], check: (name: string) => ToolNameCheck = suggestToolNames): Check[] {
  const rows = new Map<string, Check>();
  for (const raw of typed) {
    const requested = raw.trim();
    if (requested === '') continue;
    const row = mustHaveCheck(requested, check(requested));
    if (!rows.has(row.id)) rows.set(row.id, row);
  }
  return [...rows.values()];
}

export function mustHaveCheck(requested: string, known: ToolNameCheck): Check {
  const name = known.canonical ?? requested.trim();
  const key = toolKey(name);
  const id = `must-have:${key}`;
  return {
    id,
    label: `Must have: ${name}`,
    run: (f: ScreenFacts) => {
      const tool: ToolSummary | undefined = f.tools.find((t) => toolKey(t.name) === key);
      const searched = `${name} anywhere in the document`;
      if (tool?.usage === 'used') return pass(`${tool.name} used in described work.`, tool.evidenceIds);
      if (tool) return { ...unknown(`${tool.name} listed as a skill but not shown in work.`, searched), evidenceIds: tool.evidenceIds };
      if (!known.canonical) {
        const hint = known.suggestions.length > 0 ? ` Did you mean ${known.suggestions.join(', ')}?` : '';
        return { ...unknown(`“${name}” is not a tool Shipcheck knows, and it does not appear as typed.${hint}`, `${name} as typed`), ruleId: 'unknown-name' };
      }
      return { ...fail(`${name} not found.`, searched), ruleId: 'absent' };
    },
  };
}
