import { useEffect, useState } from 'react';
import type { CandidateRecord, ScreeningSnapshot } from '../../lib/storage/candidate-record';
import type { CandidateStore } from '../../lib/storage/candidate-store';
import { VERDICT_LABEL, verdictHasScore } from '../../lib/model/verdict-label';
import { formatPoints, scoreMovers } from '../panel/score-movers';
import { verdictReason } from '../panel/verdict-reason';
import { TagEditor } from '../notes/tag-editor';
import { saveStateText, useDebouncedSave } from '../notes/use-debounced-save';

interface CandidateDetailsProps {
  record: CandidateRecord;
  store: CandidateStore;
  knownTags: string[];
}

const SOURCE_NAMES: Record<string, string> = { linkedin: 'LinkedIn', github: 'GitHub', pdf: 'PDF resume', jsonresume: 'JSON Resume', text: 'Text' };
const ROLE_NAMES: Record<string, string> = { 'ml-engineer': 'ML engineer', mlops: 'MLOps', research: 'Research', 'data-scientist': 'Data scientist' };

/** The expanded part of a row: note and tags edited in place, and the saved flags with their quotes. */
export function CandidateDetails({ record, store, knownTags }: CandidateDetailsProps) {
  // What the recruiter typed and the store has not saved yet; otherwise the box follows the saved note.
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const note = draft ?? record.note;
  const [snapshots, setSnapshots] = useState<Record<string, ScreeningSnapshot>>({});
  const save = useDebouncedSave<string>(async (value) => {
    await store.update(record.key, { note: value });
    setDraft((current) => (current === value ? undefined : current));
  });

  useEffect(() => {
    let live = true;
    void store.snapshotsOf(record).then((found) => live && setSnapshots(found));
    return () => {
      live = false;
    };
  }, [store, record]);

  const noteId = `note-${record.key}`;
  return (
    <div className="sc-details">
      <TagEditor tags={record.tags} onChange={(tags) => void store.update(record.key, { tags })} suggestions={knownTags} idPrefix={noteId} />
      <label className="sc-details__label" htmlFor={noteId}>
        Note
      </label>
      <textarea
        id={noteId}
        className="sc-notes__note"
        data-testid="row-note"
        rows={3}
        value={note}
        onChange={(event) => {
          setDraft(event.target.value);
          save.schedule(event.target.value);
        }}
        onBlur={() => void save.flush()}
        onKeyDown={(event) => {
          event.stopPropagation();
          if ((event.ctrlKey || event.metaKey) && event.key === 's') {
            event.preventDefault();
            void save.flush();
          }
        }}
      />
      <div className={`sc-notes__note-state sc-notes__note-state--${save.state}`} aria-live="polite" data-testid="row-note-state">
        {saveStateText(save.state, save.error)}
      </div>
      {record.sources.map((source) => {
        const snapshot = snapshots[source.identity];
        const quotes = new Map(snapshot?.evidence.map((item) => [item.id, item.quote]) ?? []);
        const quotesOf = (ids: readonly string[]) =>
          [...new Set(ids.map((id) => quotes.get(id)).filter((quote): quote is string => Boolean(quote)))].slice(0, 2);
        const reason = snapshot ? verdictReason(snapshot) : undefined;
        const movers = snapshot && verdictHasScore(source.verdict) ? scoreMovers(snapshot) : [];
        const moverFlags = new Set(movers.map((mover) => mover.groupId));
        const flags = snapshot?.flags.filter((flag) => !moverFlags.has(`flag:${flag.id}`)) ?? [];
        return (
          <div key={source.identity} className="sc-details__source" data-testid="details-source">
            <div className="sc-details__source-head">
              {SOURCE_NAMES[source.source] ?? source.source} · {ROLE_NAMES[source.role] ?? source.role} · {VERDICT_LABEL[source.verdict]}
              {verdictHasScore(source.verdict) ? ` · score ${source.score}` : ''}
              {snapshot?.evidenceTrimmed ? ' · some quotes not kept' : ''}
            </div>
            {reason && (
              <div className="sc-details__reason">
                <strong>{reason.lead}:</strong> {reason.text}
              </div>
            )}
            {movers.length > 0 && (
              <ul className="sc-details__movers" aria-label="What moved the score">
                {movers.map((mover) => (
                  <li key={mover.groupId}>
                    <span className={`sc-points sc-points--${mover.points < 0 ? 'minus' : 'plus'}`}>{formatPoints(mover.points)}</span> {mover.label}
                    {quotesOf(mover.evidenceIds).map((quote) => (
                      <blockquote key={quote} className="sc-quote">
                        {quote}
                      </blockquote>
                    ))}
                  </li>
                ))}
              </ul>
            )}
            {snapshot && !verdictHasScore(source.verdict) && snapshot.incomplete.length > 0 && (
              <ul className="sc-details__flags" aria-label="Could not be read">
                {snapshot.incomplete.map((item) => (
                  <li key={item.message}>{item.message}</li>
                ))}
              </ul>
            )}
            {snapshot && verdictHasScore(source.verdict) && snapshot.flags.length === 0 && <div className="sc-muted">No flags.</div>}
            {flags.length > 0 && (
              <ul className="sc-details__flags">
                {flags.map((flag) => (
                  <li key={flag.id}>
                    <span className={`sc-sev sc-sev--${flag.severity}`}>{flag.severity}</span> {flag.message}
                    {quotesOf(flag.evidenceIds).map((quote) => (
                      <blockquote key={quote} className="sc-quote">
                        {quote}
                      </blockquote>
                    ))}
                  </li>
                ))}
              </ul>
            )}
          </div>
        );
      })}
    </div>
  );
}
