import type { Flag } from '../../model/screening';
import type { ScreenFacts } from '../screen-facts';
import { isShortByDesignRole } from '../../knowledge/roles/short-by-design-roles';
import { stintInterval, type StintInterval } from './stint-interval';

const SHORT_MONTHS = 9;
const MIN_SHORT = 2;
const SHORT_SHARE = 0.4;
// Hopping is a recent pattern; a short first job fifteen years ago says nothing about today.
const RECENT_YEARS = 10;

interface Employer {
  key: string;
  start: number;
  end: number;
  ongoing: boolean;
  stints: StintInterval[];
}

function employerKey(s: StintInterval): string {
  const org = s.evidence.tenure.org
    ?.toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return org || `block:${s.evidence.location.blockId}`;
}

/** Roles at one company (promotions, grouped LinkedIn roles) are one stay, spanning all of them. */
function groupByEmployer(stints: StintInterval[]): Employer[] {
  const byKey = new Map<string, Employer>();
  for (const s of stints) {
    const key = employerKey(s);
    const known = byKey.get(key);
    if (!known) {
      byKey.set(key, { key, start: s.start, end: s.end, ongoing: s.ongoing, stints: [s] });
      continue;
    }
    known.start = Math.min(known.start, s.start);
    known.end = Math.max(known.end, s.end);
    known.ongoing ||= s.ongoing;
    known.stints.push(s);
  }
  return [...byKey.values()];
}

function isNonPermanent(s: StintInterval, f: ScreenFacts): boolean {
  const { title, org } = s.evidence.tenure;
  return f.nonPermanentBlockIds.has(s.evidence.location.blockId) || isShortByDesignRole(`${title ?? ''} ${org ?? ''}`);
}

/** A short stay held alongside a longer one is a side role, not a move. */
function isConcurrent(e: Employer, all: Employer[]): boolean {
  return all.some((o) => o !== e && o.start <= e.start && o.end >= e.end);
}

/** Repeated completed stays under about 9 months at permanent roles. */
export function flagJobHopping(f: ScreenFacts): Flag | undefined {
  const stints = f.ev.tenure
    .filter((t) => t.location.section === 'experience')
    .map((t) => stintInterval(t, f.now))
    .filter((s): s is StintInterval => s !== undefined && s.precise && !isNonPermanent(s, f));
  const employers = groupByEmployer(stints);
  const since = f.now.getUTCFullYear() * 12 + f.now.getUTCMonth() - RECENT_YEARS * 12;
  const completed = employers.filter((e) => !e.ongoing && e.end >= since);
  const short = completed.filter((e) => e.end - e.start + 1 < SHORT_MONTHS && !isConcurrent(e, employers));
  if (short.length < MIN_SHORT || short.length < completed.length * SHORT_SHARE) return undefined;
  const months = short.map((e) => e.end - e.start + 1).join(', ');
  return {
    id: 'job-hopping',
    severity: short.length >= 3 ? 'medium' : 'low',
    message: `${short.length} of ${completed.length} past jobs lasted under ${SHORT_MONTHS} months (${months} months), not counting internships and contracts.`,
    evidenceIds: short.flatMap((e) => e.stints.map((s) => s.evidence.id)),
  };
}
