import type { CandidateDocument } from '../../lib/model/candidate-document';
import type { Screening } from '../../lib/model/screening';
import { VERDICT_LABEL } from '../../lib/model/verdict-label';
import { insufficientGuidance } from './insufficient-guidance';
import { ReasonLine, WhoLines } from './verdict-summary';

/**
 * "Not enough evidence": a state, not a verdict on the person. No score; the reason, what could not be
 * read and where the missing evidence can be found instead.
 */
export function InsufficientSummary({ screening, document, pageUrl }: { screening: Screening; document?: CandidateDocument; pageUrl: string }) {
  const { unread, next } = insufficientGuidance(screening, document, pageUrl);
  return (
    <div className="insufficient" data-testid="insufficient">
      <div className="who">
        <span className="verdict verdict-insufficient" data-testid="verdict" data-verdict={screening.verdict}>
          {VERDICT_LABEL[screening.verdict]}
        </span>
        <WhoLines screening={screening} />
      </div>
      <ReasonLine screening={screening} />
      <div>
        <h3 className="section-title">Could not be read</h3>
        <ul className="plain-list" data-testid="unread">
          {unread.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </div>
      <div>
        <h3 className="section-title">Open next</h3>
        <ul className="plain-list" data-testid="open-next">
          {next.map((step) => (
            <li key={step.label}>{step.url ? <a href={step.url}>{step.label}</a> : step.label}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}
