import type { Evidence } from '../../lib/model/evidence';
import type { Screening } from '../../lib/model/screening';
import { EvidenceQuotes } from './evidence-quote';
import { quotesOf } from './group-screening';
import { HighlightToggle } from './highlight-toggle';
import type { HighlightGroups } from './use-highlights';

export function BuzzwordsSection({
  screening,
  evidence,
  groups,
}: {
  screening: Screening;
  evidence: ReadonlyMap<string, Evidence>;
  groups: HighlightGroups;
}) {
  const { buzzwords } = screening;
  const percent = Math.min(100, buzzwords.density * 100);
  return (
    <>
      <div className="item">
        <div className="item-main">
          <div className="item-line">
            {buzzwords.count} buzzword{buzzwords.count === 1 ? '' : 's'} · {percent.toFixed(1)}% of {screening.words} words
          </div>
          <div className="meter" role="meter" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Number(percent.toFixed(1))} aria-label="Buzzword density">
            <span style={{ width: `${Math.min(100, percent * 10)}%` }} />
          </div>
          <div className="item-note">{buzzwords.ratio.toFixed(2)} buzzwords per piece of concrete evidence</div>
        </div>
        <HighlightToggle groups={groups} groupId="buzzwords" evidenceIds={buzzwords.evidenceIds} label="buzzwords" />
      </div>
      {buzzwords.terms.length > 0 ? (
        <div className="chips" aria-label="Buzzword terms">
          {buzzwords.terms.map((term) => (
            <span className="chip" key={term.term}>
              {term.term} ×{term.count}
            </span>
          ))}
        </div>
      ) : (
        <p className="muted">No buzzwords found.</p>
      )}
      <EvidenceQuotes items={quotesOf(buzzwords.evidenceIds, evidence)} max={3} />
    </>
  );
}
