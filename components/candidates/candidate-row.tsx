import { memo, type KeyboardEvent } from 'react';
import { profileUrlOf, parseIdentityKey } from '../../lib/storage/candidate-identity';
import type { CandidateStore } from '../../lib/storage/candidate-store';
import { VERDICT_LABEL, verdictHasScore } from '../../lib/model/verdict-label';
import { bestSource } from '../../lib/storage/merge-records';
import { verdictReason } from '../panel/verdict-reason';
import { StatusPicker } from '../notes/status-picker';
import { CandidateDetails } from './candidate-details';
import type { CandidateRow as Row } from './query-candidates';
import { rowSource } from './row-verdict';
import { useSavedReasons } from './use-saved-reason';

interface CandidateRowProps {
  row: Row;
  index: number;
  store: CandidateStore;
  selected: boolean;
  expanded: boolean;
  active: boolean;
  knownTags: string[];
  onToggleSelect(key: string, range: boolean): void;
  onToggleExpand(key: string): void;
  onDelete(keys: string[]): void;
  onKeyDown(event: KeyboardEvent<HTMLDivElement>, index: number): void;
  onFocusRow(index: number): void;
}

function profileUrl(row: Row): string | undefined {
  const best = bestSource(row.record);
  const withUrl = row.record.sources.find((source) => source.url && (source.source === 'linkedin' || source.source === 'github'));
  if (withUrl?.url) return withUrl.url;
  if (best?.url) return best.url;
  const identity = parseIdentityKey(row.record.key);
  return identity ? profileUrlOf(identity) : undefined;
}

const SOURCE_LABEL: Record<string, string> = { linkedin: 'in', github: 'gh', pdf: 'pdf', jsonresume: 'json', text: 'txt' };

/** Memoised: a search re-renders only the rows that change, not every row on screen. */
export const CandidateRowView = memo(function CandidateRowView(props: CandidateRowProps) {
  const { row, index, store, selected, expanded, active, knownTags } = props;
  const { record } = row;
  const url = profileUrl(row);
  const shown = rowSource(record);
  const reason = verdictReason({ reasons: useSavedReasons(store, record, shown?.identity) ?? [] });
  const name = record.name ?? record.key;
  return (
    <div
      className={`sc-row${selected ? ' sc-row--selected' : ''}${expanded ? ' sc-row--expanded' : ''}`}
      role="listitem"
      aria-label={name}
      tabIndex={active ? 0 : -1}
      data-testid="candidate-row"
      data-key={record.key}
      data-row-index={index}
      onKeyDown={(event) => props.onKeyDown(event, index)}
      onFocus={(event) => event.target === event.currentTarget && props.onFocusRow(index)}
    >
      <div className="sc-row__top">
        <input
          type="checkbox"
          className="sc-row__check"
          aria-label={`Select ${name}`}
          checked={selected}
          tabIndex={-1}
          onClick={(event) => props.onToggleSelect(record.key, event.shiftKey)}
          onChange={() => undefined}
        />
        <div className="sc-row__main">
          <div className="sc-row__title">
            {url ? (
              <a className="sc-row__name" href={url} target="_blank" rel="noreferrer noopener" title="Open the profile">
                {name}
              </a>
            ) : (
              <span className="sc-row__name">{name}</span>
            )}
            <span className="sc-row__sources">
              {row.sources.map((source) => (
                <span key={source} className="sc-source" title={source}>
                  {SOURCE_LABEL[source] ?? source}
                </span>
              ))}
            </span>
          </div>
          <div className="sc-row__headline">{record.headline ?? ''}</div>
        </div>
        {shown && (
          <div
            className={`sc-score sc-score--${shown.verdict}`}
            data-testid="row-verdict"
            data-verdict={shown.verdict}
            title={verdictHasScore(shown.verdict) ? `Score ${shown.score}: ${VERDICT_LABEL[shown.verdict]}` : VERDICT_LABEL[shown.verdict]}
          >
            {verdictHasScore(shown.verdict) && <span className="sc-score__value">{shown.score}</span>}
            <span className="sc-score__verdict">{VERDICT_LABEL[shown.verdict]}</span>
          </div>
        )}
      </div>
      <div className="sc-row__reason" data-testid="row-reason" title={reason ? `${reason.lead}: ${reason.text}` : undefined}>
        {reason && (
          <>
            <strong>{reason.lead}:</strong> {reason.text}
          </>
        )}
      </div>
      <div className="sc-row__bottom">
        <StatusPicker compact value={record.status} label={`Status of ${name}`} onChange={(status) => void store.update(record.key, { status })} />
        <span className="sc-row__tags">
          {record.tags.slice(0, 3).map((tag) => (
            <span key={tag} className="sc-tag sc-tag--static">
              {tag}
            </span>
          ))}
          {record.tags.length > 3 ? <span className="sc-muted">+{record.tags.length - 3}</span> : null}
        </span>
        <span className="sc-row__actions">
          <button
            type="button"
            className="sc-icon-button"
            aria-expanded={expanded}
            aria-label={expanded ? `Close ${name}` : `Edit note and tags of ${name}`}
            onClick={() => props.onToggleExpand(record.key)}
          >
            {expanded ? '▴' : '✎'}
          </button>
          <button type="button" className="sc-icon-button sc-button--danger" aria-label={`Delete ${name}`} onClick={() => props.onDelete([record.key])}>
            ✕
          </button>
        </span>
      </div>
      {!expanded && record.note ? <div className="sc-row__note">{record.note}</div> : null}
      {expanded ? <CandidateDetails record={record} store={store} knownTags={knownTags} /> : null}
    </div>
  );
});
