import type { Evidence } from '../../lib/model/evidence';
import type { Flag } from '../../lib/model/screening';
import { quotesOf } from './group-screening';
import { EvidenceQuotes } from './evidence-quote';
import { HighlightToggle } from './highlight-toggle';
import type { HighlightGroups } from './use-highlights';

export function FlagList({
  flags,
  evidence,
  groups,
  showQuotes,
}: {
  flags: readonly Flag[];
  evidence: ReadonlyMap<string, Evidence>;
  groups: HighlightGroups;
  showQuotes: boolean;
}) {
  if (flags.length === 0) return <p className="muted">No red flags found.</p>;
  return (
    <ul className="list" aria-label="Flags">
      {flags.map((flag) => (
        <li className="item" key={flag.id} data-flag={flag.id}>
          <span className={`dot sev-${flag.severity}`} role="img" aria-label={`${flag.severity} severity`} />
          <div className="item-main">
            <div className="item-line">{flag.message}</div>
            {flag.searched && flag.evidenceIds.length === 0 && <div className="item-note">Searched: {flag.searched}</div>}
            {showQuotes && <EvidenceQuotes items={quotesOf(flag.evidenceIds, evidence)} />}
          </div>
          <HighlightToggle groups={groups} groupId={`flag:${flag.id}`} evidenceIds={flag.evidenceIds} label={flag.message} />
        </li>
      ))}
    </ul>
  );
}
