import type { Evidence } from '../../lib/model/evidence';
import type { OutcomeSummary } from '../../lib/model/screening';
import { groupOutcomes } from './group-screening';
import { EvidenceQuote } from './evidence-quote';
import { HighlightToggle } from './highlight-toggle';
import type { HighlightGroups } from './use-highlights';

export function OutcomesSection({
  outcomes,
  evidence,
  groups,
}: {
  outcomes: readonly OutcomeSummary[];
  evidence: ReadonlyMap<string, Evidence>;
  groups: HighlightGroups;
}) {
  if (outcomes.length === 0) return <p className="muted">No quantified outcomes found (searched for numbers tied to results: %, ms, $, users, x faster).</p>;
  return (
    <>
      {groupOutcomes(outcomes).map((group) => (
        <section key={group.kind} aria-label={`${group.kind} outcomes`}>
          <div className="item">
            <h4 className="section-title item-main">
              {group.kind.replace('-', ' ')} ({group.outcomes.length})
            </h4>
            <HighlightToggle
              groups={groups}
              groupId={`outcomes:${group.kind}`}
              evidenceIds={group.outcomes.map((outcome) => outcome.evidenceId)}
              label={`${group.kind} outcomes`}
            />
          </div>
          <ul className="list">
            {group.outcomes.map((outcome) => {
              const item = evidence.get(outcome.evidenceId);
              const warning = item?.kind === 'outcome' ? item.outcome.warning : undefined;
              return (
                <li key={outcome.evidenceId}>
                  <div className="item-line">{outcome.token}</div>
                  {warning && <div className="item-note">⚠ {warning}</div>}
                  {item ? <EvidenceQuote item={item} /> : <blockquote className="quote">“{outcome.text}”</blockquote>}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </>
  );
}
