import { describeBuzzwordDensity } from '../../lib/model/buzzword-density';
import type { Evidence } from '../../lib/model/evidence';
import type { Screening } from '../../lib/model/screening';
import { EvidenceQuotes } from './evidence-quote';
import { quotesOf } from './group-screening';
import { HighlightToggle } from './highlight-toggle';
import type { HighlightGroups } from './use-highlights';

export function BuzzwordsSection({ screening, evidence, groups }: { screening: Screening; evidence: ReadonlyMap<string, Evidence>; groups: HighlightGroups }) {
  const { buzzwords } = screening;
  // The bar is full at 10 buzzwords per 100 words: text that dense reads as nothing but hype.
  const fill = Math.min(100, buzzwords.density * 10);
  return (
    <>
      <div className="item">
        <div className="item-main">
          <div className="item-line" data-testid="buzzword-density">
            {buzzwords.count} buzzword{buzzwords.count === 1 ? '' : 's'} in {screening.words} words · {describeBuzzwordDensity(buzzwords.density)}
          </div>
          <div
            className="meter"
            role="meter"
            aria-valuemin={0}
            aria-valuemax={10}
            aria-valuenow={Math.min(10, buzzwords.density)}
            aria-valuetext={describeBuzzwordDensity(buzzwords.density)}
            aria-label="Buzzword density"
          >
            <span style={{ width: `${fill}%` }} />
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
