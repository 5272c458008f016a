import { useState } from 'react';
import type { Evidence } from '../../lib/model/evidence';
import { EvidenceQuotes } from './evidence-quote';
import { quotesOf } from './group-screening';
import { formatPoints, type ScoreMover } from './score-movers';
import type { HighlightGroups } from './use-highlights';

/**
 * The items that moved the score, each a button that opens the sentence behind it and, on a page that
 * can paint it, highlights that sentence; a second press closes both.
 */
export function ScoreMoversList({
  movers,
  evidence,
  groups,
  idPrefix,
}: {
  movers: readonly ScoreMover[];
  evidence: ReadonlyMap<string, Evidence>;
  groups: HighlightGroups;
  idPrefix: string;
}) {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  if (movers.length === 0) return null;
  const toggle = (mover: ScoreMover) => {
    const opening = !open.has(mover.groupId);
    const next = new Set(open);
    if (opening) next.add(mover.groupId);
    else next.delete(mover.groupId);
    setOpen(next);
    if (groups.available && opening !== groups.isActive(mover.groupId)) groups.toggle(mover.groupId, mover.evidenceIds);
  };
  return (
    <div>
      <h3 className="section-title">What moved the score</h3>
      <ul className="list movers" aria-label="What moved the score">
        {movers.map((mover, index) => {
          const expanded = open.has(mover.groupId);
          const quotesId = `${idPrefix}-mover-${index}`;
          return (
            <li key={mover.groupId} className="mover" data-mover={mover.groupId}>
              <button type="button" className="mover-button" aria-expanded={expanded} aria-controls={quotesId} onClick={() => toggle(mover)}>
                <span className={`mover-points ${mover.points < 0 ? 'minus' : 'plus'}`}>{formatPoints(mover.points)}</span>
                <span className="mover-label">{mover.label}</span>
                <span className="mover-open" aria-hidden="true">
                  {expanded ? '▴' : '▾'}
                </span>
              </button>
              {expanded && (
                <div id={quotesId} className="mover-quotes">
                  {mover.detail && <div className="item-note">{mover.detail}</div>}
                  <EvidenceQuotes items={quotesOf(mover.evidenceIds, evidence)} />
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
