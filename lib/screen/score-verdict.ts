import type { ChecklistResult, Flag, FlagId, Verdict } from '../model/screening';
import type { RolePreset } from './role-presets';
import type { ScreenFacts } from './screen-facts';
import { decideVerdict } from './verdict/verdict-rules';

/** Points a flag takes from the score (the panel shows them beside the flag); missing-deployment is already a failed checklist item. */
export const FLAG_PENALTY: Record<FlagId, number> = {
  'missing-deployment': 0,
  'buzzword-heavy': 10,
  'accuracy-only': 5,
  'inflated-skills': 5,
  'vague-responsibilities': 5,
  'job-hopping': 5,
  'date-gaps': 3,
};

// A candidate the gates rule out should not outrank one they let through when a list is sorted by
// score: an infrastructure engineer can pass most checklist items and still be `pass` for ML.
const VERDICT_CEILING: Record<Verdict, number> = { insufficient: 0, pass: 39, potential: 69, strong: 100 };

export interface ScoreVerdict {
  score: number;
  verdict: Verdict;
  reasons: string[];
  verdictRule: { id: string; evidenceIds: string[] };
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

/**
 * Score = the checklist's points minus flag penalties, 0-100. The verdict is the first row of the
 * verdict table (`verdict/verdict-rules.ts`) that applies: can the document be read, is the candidate
 * relevant to the role, are the must-have tools there, is every must-pass item shown by their own work.
 * Reasons give that row's reason, then the items and flags that moved the score most.
 */
export function scoreAndVerdict(f: ScreenFacts, preset: RolePreset, checklist: ChecklistResult[], flags: Flag[]): ScoreVerdict {
  const penalties = flags.filter((fl) => FLAG_PENALTY[fl.id] > 0);
  const raw = checklist.reduce((sum, c) => sum + c.points, 0) - penalties.reduce((sum, fl) => sum + FLAG_PENALTY[fl.id], 0);
  const points = Math.max(0, Math.min(100, Math.round(raw)));
  const { rule, hit } = decideVerdict({ f, preset, checklist, flags, points });
  const verdictRule = { id: rule.id, evidenceIds: [...new Set(hit.evidenceIds)] };
  if (rule.verdict === 'insufficient') return { score: 0, verdict: 'insufficient', reasons: [hit.reason], verdictRule };
  const score = Math.min(points, VERDICT_CEILING[rule.verdict]);
  const moves = [
    ...checklist
      .filter((c) => c.points > 0)
      // An unknown item earns a share of its points; say so, or "+5 … none found" reads as a contradiction.
      .map((c) => ({ size: c.points, text: `+${round1(c.points)} ${c.label}${c.status === 'unknown' ? ' (unknown: partial credit)' : ''}: ${c.reason}` })),
    ...penalties.map((fl) => ({ size: FLAG_PENALTY[fl.id], text: `−${FLAG_PENALTY[fl.id]} ${fl.id}: ${fl.message}` })),
  ].sort((a, b) => b.size - a.size);
  const cap = score < points ? [`Score capped at ${score} (from ${points}) for a ${rule.verdict} verdict.`] : [];
  return { score, verdict: rule.verdict, reasons: [hit.reason, ...cap, ...moves.map((m) => m.text)], verdictRule };
}
