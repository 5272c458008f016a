import type { ToolSummary } from '../../model/screening';
import type { ScreenFacts } from '../screen-facts';
import { fail, pass, unknown, type Check } from './check-result';

/** Spelling-insensitive tool key: "scikit-learn", "Scikit Learn" and "scikitlearn" agree; "C++" keeps its plus signs. */
export function toolKey(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}+#]/gu, '');
}

/**
 * `canonical` maps a user's spelling to the catalogue's name (sklearn -> scikit-learn) when the
 * catalogue knows it; otherwise the spelling is compared as typed.
 */
export function mustHaveCheck(requested: string, canonical: (name: string) => string | undefined = () => undefined): Check {
  const name = canonical(requested) ?? requested.trim();
  const key = toolKey(name);
  return {
    id: `must-have:${key}`,
    label: `Must have: ${name}`,
    run: (f: ScreenFacts) => {
      const tool: ToolSummary | undefined = f.tools.find((t) => toolKey(t.name) === key);
      const searched = `${name} anywhere in the document`;
      if (tool?.usage === 'used') return pass(`${tool.name} used in described work.`, tool.evidenceIds);
      if (tool) return { ...unknown(`${tool.name} listed as a skill but not shown in work.`, searched), evidenceIds: tool.evidenceIds };
      return fail(`${name} not found.`, searched);
    },
  };
}
