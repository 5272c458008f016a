import type { Screening } from '../../lib/model/screening';
import { FLAG_PENALTY } from '../../lib/screen/score-verdict';

/** One checklist item or flag that added points to the score or took them away, with its evidence. */
export interface ScoreMover {
  /** The highlight group it shares with its row in the details tabs: "check:<id>" or "flag:<id>". */
  groupId: string;
  /** Points added (positive) or taken (negative), on the score's 0-100 scale. */
  points: number;
  label: string;
  detail?: string;
  evidenceIds: string[];
}

/**
 * The items that moved the score most, largest first: checklist items by the points they earned, flags by
 * the points they cost. Only items with evidence are listed: each one must open onto the sentence behind it.
 */
export function scoreMovers(screening: Pick<Screening, 'checklist' | 'flags'>, max = 3): ScoreMover[] {
  const gains: ScoreMover[] = screening.checklist
    .filter((item) => item.points > 0 && item.evidenceIds.length > 0)
    .map((item) => ({
      groupId: `check:${item.id}`,
      points: item.points,
      label: item.status === 'unknown' ? `${item.label} (partly shown)` : item.label,
      detail: item.reason,
      evidenceIds: item.evidenceIds,
    }));
  const losses: ScoreMover[] = screening.flags
    .filter((flag) => FLAG_PENALTY[flag.id] > 0 && flag.evidenceIds.length > 0)
    .map((flag) => ({ groupId: `flag:${flag.id}`, points: -FLAG_PENALTY[flag.id], label: flag.message, evidenceIds: flag.evidenceIds }));
  return [...gains, ...losses].sort((a, b) => Math.abs(b.points) - Math.abs(a.points) || b.points - a.points).slice(0, max);
}

/** "+12.5" / "−10": the sign is always printed, with a true minus sign. */
export function formatPoints(points: number): string {
  const rounded = Math.round(Math.abs(points) * 10) / 10;
  return `${points < 0 ? '−' : '+'}${rounded}`;
}
