import type { ToolCategory } from '../../model/evidence';
import type { ToolSummary } from '../../model/screening';
import type { ScreenFacts } from '../screen-facts';
import { fail, pass, type CheckOutcome } from './check-result';

function names(tools: ToolSummary[]): string {
  const shown = tools.slice(0, 4).map((t) => t.name);
  return tools.length > 4 ? `${shown.join(', ')} and ${tools.length - 4} more` : shown.join(', ');
}

/**
 * Passes when a tool of the given categories is used in described work; a tool that is only
 * listed in skills fails with the listing as evidence, so the recruiter sees the claim.
 */
export function usesToolOf(f: ScreenFacts, categories: ReadonlySet<ToolCategory>, what: string, extra?: (t: ToolSummary) => boolean): CheckOutcome {
  const matching = f.tools.filter((t) => categories.has(t.category) || (extra?.(t) ?? false));
  const used = matching.filter((t) => t.usage === 'used');
  if (used.length > 0)
    return pass(
      `Uses ${names(used)} in described work.`,
      used.flatMap((t) => t.evidenceIds),
    );
  const searched = `${what} named in experience or project descriptions`;
  if (matching.length > 0) {
    return fail(
      `${names(matching)} only listed as skills, never shown in work.`,
      searched,
      matching.flatMap((t) => t.evidenceIds),
    );
  }
  return fail(`No ${what} found.`, searched);
}
