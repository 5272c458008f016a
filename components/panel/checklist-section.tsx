import type { Evidence } from '../../lib/model/evidence';
import type { ChecklistResult } from '../../lib/model/screening';
import { quotesOf } from './group-screening';
import { EvidenceQuotes } from './evidence-quote';
import { HighlightToggle } from './highlight-toggle';
import { RuleId } from './rule-id';
import type { HighlightGroups } from './use-highlights';

const STATUS_MARK = { pass: '✓', fail: '✕', unknown: '?' } as const;

export function ChecklistSection({
  checklist,
  evidence,
  groups,
}: {
  checklist: readonly ChecklistResult[];
  evidence: ReadonlyMap<string, Evidence>;
  groups: HighlightGroups;
}) {
  if (checklist.length === 0) return <p className="muted">No checklist for this role.</p>;
  return (
    <ul className="list" aria-label="Checklist">
      {checklist.map((item) => (
        <li className="item" key={item.id} data-check={item.id} data-status={item.status}>
          <span className={`status status-${item.status}`} role="img" aria-label={item.status}>
            {STATUS_MARK[item.status]}
          </span>
          <div className="item-main">
            <div className="item-line">{item.label}</div>
            <div className="item-note">
              {item.reason} <RuleId id={item.ruleId} />
            </div>
            {item.evidenceIds.length === 0 && item.searched && <div className="item-note">Searched: {item.searched}</div>}
            <EvidenceQuotes items={quotesOf(item.evidenceIds, evidence)} max={1} />
          </div>
          <HighlightToggle groups={groups} groupId={`check:${item.id}`} evidenceIds={item.evidenceIds} label={item.label} />
        </li>
      ))}
    </ul>
  );
}
