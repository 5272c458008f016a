import type { Screening } from '../../lib/model/screening';
import { VERDICT_LABEL } from '../../lib/model/verdict-label';
import { ROLE_PRESET_OPTIONS } from '../../lib/screen/role-presets';
import { RuleId } from './rule-id';
import { verdictReason } from './verdict-reason';

/** The preset's own label, as on the options page; the preset list is plain data (no engine code). */
function roleLabel(role: Screening['role']): string {
  return ROLE_PRESET_OPTIONS.find((preset) => preset.id === role)?.label ?? role;
}

function ScoreRing({ score, verdict }: { score: number; verdict: Screening['verdict'] }) {
  const radius = 24;
  const circumference = 2 * Math.PI * radius;
  const filled = (Math.max(0, Math.min(100, score)) / 100) * circumference;
  return (
    <div className="score" role="img" aria-label={`Score ${Math.round(score)} out of 100`}>
      <svg viewBox="0 0 58 58" aria-hidden="true">
        <circle className="score-track" cx="29" cy="29" r={radius} />
        <circle className={`score-value stroke-${verdict}`} cx="29" cy="29" r={radius} strokeDasharray={`${filled} ${circumference}`} />
      </svg>
      <span className="score-number" data-testid="score" aria-hidden="true">
        {Math.round(score)}
      </span>
    </div>
  );
}

/** What to call the screened page when it names no person (a repository): its path, "owner/repo". */
export function displayName(screening: Screening): string | undefined {
  if (screening.name) return screening.name;
  if (!screening.url) return undefined;
  try {
    const path = new URL(screening.url).pathname.replace(/^\/+|\/+$/g, '');
    return path || undefined;
  } catch {
    return undefined;
  }
}

/** Name, headline and the role screened for, under the verdict. */
export function WhoLines({ screening }: { screening: Screening }) {
  const name = displayName(screening);
  return (
    <>
      {name && <div className="who-name">{name}</div>}
      {screening.headline && <div className="who-headline">{screening.headline}</div>}
      <div className="role">Screened as: {roleLabel(screening.role)}</div>
    </>
  );
}

/** The verdict's reason in one line, right under it. */
export function ReasonLine({ screening }: { screening: Screening }) {
  const reason = verdictReason(screening);
  if (!reason) return null;
  return (
    <p className="reason" data-testid="verdict-reason">
      <strong>{reason.lead}:</strong> {reason.text} <RuleId id={screening.verdictRule?.id} />
    </p>
  );
}

export function VerdictSummary({ screening }: { screening: Screening }) {
  return (
    <div>
      <div className="summary">
        <ScoreRing score={screening.score} verdict={screening.verdict} />
        <div className="who">
          <span className={`verdict verdict-${screening.verdict}`} data-testid="verdict" data-verdict={screening.verdict}>
            {VERDICT_LABEL[screening.verdict]}
          </span>
          <WhoLines screening={screening} />
        </div>
      </div>
      <ReasonLine screening={screening} />
    </div>
  );
}
