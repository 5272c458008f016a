import { useEffect, useState } from 'react';
import type { CandidateRecord, ScreeningSnapshot } from '../../lib/storage/candidate-record';
import type { CandidateStore } from '../../lib/storage/candidate-store';
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
  const [note, setNote] = useState(record.note);
  const [dirty, setDirty] = useState(false);
  const [snapshots, setSnapshots] = useState<Record<string, ScreeningSnapshot>>({});
  const save = useDebouncedSave<string>(async (value) => {
    await store.update(record.key, { note: value });
    setDirty(false);
  });

  useEffect(() => {
    if (!dirty) setNote(record.note);
  }, [record.note, dirty]);

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
          setDirty(true);
          setNote(event.target.value);
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
        return (
          <div key={source.identity} className="sc-details__source">
            <div className="sc-details__source-head">
              {SOURCE_NAMES[source.source] ?? source.source} · {ROLE_NAMES[source.role] ?? source.role} · score {source.score} · {source.verdict}
              {snapshot?.evidenceTrimmed ? ' · some quotes not kept' : ''}
            </div>
            {snapshot && snapshot.flags.length === 0 && <div className="sc-muted">No flags.</div>}
            <ul className="sc-details__flags">
              {snapshot?.flags.map((flag) => (
                <li key={flag.id}>
                  <span className={`sc-sev sc-sev--${flag.severity}`}>{flag.severity}</span> {flag.message}
                  {flag.evidenceIds
                    .map((id) => quotes.get(id))
                    .filter(Boolean)
                    .slice(0, 2)
                    .map((quote) => (
                      <blockquote key={quote} className="sc-quote">
                        {quote}
                      </blockquote>
                    ))}
                </li>
              ))}
            </ul>
            {snapshot?.reasons.length ? <div className="sc-muted">{snapshot.reasons.slice(0, 3).join(' · ')}</div> : null}
          </div>
        );
      })}
    </div>
  );
}
