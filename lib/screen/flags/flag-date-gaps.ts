import type { Flag } from '../../model/screening';
import type { ScreenFacts } from '../screen-facts';
import { formatMonthIndex, yearsIn } from '../../knowledge/dates/date-point';
import { stintInterval, type StintInterval } from './stint-interval';

const GAP_MONTHS = 6;

interface Gap {
  from: number;
  to: number;
  before: StintInterval;
  after: StintInterval;
}

/** Years printed in education entries, dated or not ("M.Sc., Univ. of X, Aug 2018"). */
function educationYears(f: ScreenFacts): Set<number> {
  const years = new Set<number>();
  for (const ib of f.indexed.blocks) {
    if (ib.section !== 'education') continue;
    for (const year of yearsIn(`${ib.block.text} ${ib.block.dates?.raw ?? ''}`)) years.add(year);
  }
  return years;
}

/** A degree finishing (or starting) during a gap explains it, even when its full range is not printed. */
function explainedByStudy(gap: Gap, years: Set<number>): boolean {
  for (let y = Math.floor(gap.from / 12); y <= Math.floor(gap.to / 12); y++) if (years.has(y)) return true;
  return false;
}

/** Months after the first job that no role, study or volunteering covers. */
function findGaps(intervals: StintInterval[]): Gap[] {
  const firstJob = Math.min(...intervals.filter((i) => i.evidence.location.section === 'experience').map((i) => i.start));
  const sorted = [...intervals].sort((a, b) => a.start - b.start);
  const gaps: Gap[] = [];
  let covering: StintInterval | undefined;
  for (const next of sorted) {
    if (covering && next.start - covering.end - 1 > GAP_MONTHS && covering.end >= firstJob) {
      gaps.push({ from: covering.end + 1, to: next.start - 1, before: covering, after: next });
    }
    if (!covering || next.end > covering.end) covering = next;
  }
  return gaps;
}

/** Unexplained gaps of more than about 6 months between roles, or dates that cannot be right. */
export function flagDateGaps(f: ScreenFacts): Flag | undefined {
  const broken = f.ev.tenure.filter((t) => t.tenure.problem);
  const intervals = f.ev.tenure.map((t) => stintInterval(t, f.now)).filter((s): s is StintInterval => s !== undefined);
  const studyYears = educationYears(f);
  const gaps = intervals.some((i) => i.evidence.location.section === 'experience') ? findGaps(intervals).filter((g) => !explainedByStudy(g, studyYears)) : [];
  if (broken.length === 0 && gaps.length === 0) return undefined;
  const parts: string[] = [];
  for (const g of gaps.slice(0, 2)) {
    parts.push(`${g.to - g.from + 1}-month gap (${formatMonthIndex(g.from)} – ${formatMonthIndex(g.to)})`);
  }
  for (const b of broken.slice(0, 2)) parts.push(`${b.tenure.title ?? b.tenure.org ?? 'a role'}: ${b.tenure.problem} (${b.quote})`);
  const longest = Math.max(0, ...gaps.map((g) => g.to - g.from + 1));
  return {
    id: 'date-gaps',
    severity: broken.length > 0 || longest > 12 ? 'medium' : 'low',
    message: `${parts.join('; ')}.`,
    evidenceIds: [...gaps.flatMap((g) => [g.before.evidence.id, g.after.evidence.id]), ...broken.map((b) => b.id)],
    searched: gaps.length > 0 ? 'roles, education and volunteering covering the gap' : undefined,
  };
}
