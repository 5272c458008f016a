import type { ChecklistResult, Flag, FlagId, Verdict } from '../model/screening';
import type { RolePreset } from './role-presets';
import type { ScreenFacts } from './screen-facts';

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

const STRONG_SCORE = 50;

// A candidate the gates rule out should not outrank one they let through when a list is sorted by
// score: an infrastructure engineer can pass most checklist items and still be `pass` for ML.
const VERDICT_CEILING: Record<Verdict, number> = { insufficient: 0, pass: 39, potential: 69, strong: 100 };

// Under this many words in the whole document, and with nothing concrete in it, any verdict would be a guess.
const JUDGEABLE_WORDS = 40;

export interface ScoreVerdict {
  score: number;
  verdict: Verdict;
  reasons: string[];
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

/**
 * Why nothing can be judged, or undefined when there is enough to judge: almost no text, and no
 * concrete evidence (a used tool, an outcome, a production statement) in what there is.
 */
function insufficientGate(f: ScreenFacts): string | undefined {
  if (f.concrete > 0 || f.ml.level === 'core' || f.ml.level === 'some') return undefined;
  if (f.indexed.words === 0) return 'Not enough evidence: no readable text was found.';
  if (f.indexed.words < JUDGEABLE_WORDS) return `Not enough evidence: only ${f.indexed.words} words of text, and no work described with tools, results or production.`;
  return undefined;
}

/** Why the verdict cannot be above `pass`, or undefined when the candidate is relevant to the role. */
function passGate(f: ScreenFacts, preset: RolePreset, flags: Flag[]): string | undefined {
  const ml = f.ml.level;
  const buzzy = flags.some((fl) => fl.id === 'buzzword-heavy');
  if (preset.machineLearningOptional) {
    const ships = f.production.level === 'specified' || f.production.level === 'quantified';
    return (ml === 'none' || ml === 'weak') && !ships ? 'Pass: neither machine-learning work nor production work found.' : undefined;
  }
  if (ml === 'none') return 'Pass: no machine-learning work found in roles or projects.';
  if (ml === 'weak') return 'Pass: machine learning only claimed in a headline, summary or skills list, never shown in work.';
  const vague = flags.some((fl) => fl.id === 'vague-responsibilities');
  const mlAtWork = f.ml.experienceTools.length > 0 || f.ml.titles.length > 0;
  if (ml === 'some' && buzzy) return 'Pass: little machine-learning work shown, and buzzwords outweigh evidence.';
  if (ml === 'some' && !mlAtWork && vague) return 'Pass: machine learning only in projects or coursework, and duties are described vaguely.';
  return undefined;
}

function strongBlocker(f: ScreenFacts, preset: RolePreset, checklist: ChecklistResult[], score: number): string | undefined {
  if (!preset.machineLearningOptional && f.ml.level !== 'core') return 'Not strong: machine learning is a small part of the described work.';
  if (f.ml.level === 'none' || f.ml.level === 'weak') return 'Not strong: production work, but none of it on machine learning.';
  const missing = preset.strongRequires.map((id) => checklist.find((c) => c.id === id)).filter((c) => c && c.status !== 'pass');
  if (missing.length > 0) return `Not strong: ${missing.map((c) => `“${c!.label}”`).join(', ')} not shown.`;
  if (score < STRONG_SCORE) return `Not strong: score ${score} is under ${STRONG_SCORE}.`;
  return undefined;
}

/**
 * Score = the checklist's points minus flag penalties, 0-100. The verdict reads the score through
 * two gates: relevance to the role (else `pass`) and the preset's must-pass items (else at most
 * `potential`). Reasons list the gate, then the items and flags that moved the score most.
 */
export function scoreAndVerdict(f: ScreenFacts, preset: RolePreset, checklist: ChecklistResult[], flags: Flag[]): ScoreVerdict {
  const penalties = flags.filter((fl) => FLAG_PENALTY[fl.id] > 0);
  const raw = checklist.reduce((sum, c) => sum + c.points, 0) - penalties.reduce((sum, fl) => sum + FLAG_PENALTY[fl.id], 0);
  const points = Math.max(0, Math.min(100, Math.round(raw)));
  const empty = insufficientGate(f);
  if (empty) return { score: 0, verdict: 'insufficient', reasons: [empty] };
  const gate = passGate(f, preset, flags);
  const blocker = gate ? undefined : strongBlocker(f, preset, checklist, points);
  const verdict: Verdict = gate ? 'pass' : blocker ? 'potential' : 'strong';
  const score = Math.min(points, VERDICT_CEILING[verdict]);
  const moves = [
    ...checklist
      .filter((c) => c.points > 0)
      // An unknown item earns a share of its points; say so, or "+5 … none found" reads as a contradiction.
      .map((c) => ({ size: c.points, text: `+${round1(c.points)} ${c.label}${c.status === 'unknown' ? ' (unknown: partial credit)' : ''}: ${c.reason}` })),
    ...penalties.map((fl) => ({ size: FLAG_PENALTY[fl.id], text: `−${FLAG_PENALTY[fl.id]} ${fl.id}: ${fl.message}` })),
  ].sort((a, b) => b.size - a.size);
  const head = gate ?? blocker ?? `Strong: ${preset.strongRequires.length} must-pass items passed and score ${points} ≥ ${STRONG_SCORE}.`;
  const cap = score < points ? [`Score capped at ${score} (from ${points}) for a ${verdict} verdict.`] : [];
  return { score, verdict, reasons: [head, ...cap, ...moves.map((m) => m.text)] };
}
