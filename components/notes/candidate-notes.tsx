import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { CandidateDocument } from '../../lib/model/candidate-document';
import type { Screening } from '../../lib/model/screening';
import type { CandidateRecord } from '../../lib/storage/candidate-record';
import { documentIdentity, identityKey } from '../../lib/storage/candidate-identity';
import type { CandidatePatch } from '../../lib/storage/candidate-store';
import { NOTE_MAX_CHARS } from '../../lib/storage/note-limit';
import { FIRST_STATUS, type CandidateStatus } from '../../lib/storage/status-labels';
import type { PanelCandidateStore } from '../../lib/storage/store-client';
import { describeUsage } from '../../lib/storage/storage-usage';
import { StatusPicker } from './status-picker';
import { TagEditor } from './tag-editor';
import { saveStateText, useDebouncedSave } from './use-debounced-save';

export { candidateNotesCss } from './candidate-notes-css';

export interface CandidateNotesProps {
  screening: Screening;
  document: CandidateDocument;
  /** Extension pages pass browserCandidateStore(), content scripts pageCandidateStore(), tests their own. */
  store: PanelCandidateStore;
  theme?: 'light' | 'dark' | 'auto';
}

const TRIMMED_WARNING = 'Saved with fewer quotes to stay inside the storage quota.';
/** From here on the note shows its length against the limit, so the refusal past it is no surprise. */
const NOTE_COUNT_FROM = Math.floor(NOTE_MAX_CHARS * 0.9);
const formatCount = (count: number) => count.toLocaleString('en-US');

function formatTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/**
 * Save, status, tags and note for the candidate on screen. Every change is written to storage.local (no
 * network, so it works offline); the note autosaves while typing and Ctrl/Cmd+S saves at once.
 */
export function CandidateNotes({ screening, document, store, theme = 'auto' }: CandidateNotesProps) {
  const [record, setRecord] = useState<CandidateRecord | undefined>(undefined);
  const [loaded, setLoaded] = useState(false);
  const [note, setNote] = useState('');
  const [message, setMessage] = useState<string | undefined>(undefined);
  const [warning, setWarning] = useState<string | undefined>(undefined);
  const [suggestions, setSuggestions] = useState<CandidateRecord[]>([]);
  const [busy, setBusy] = useState(false);
  const identity = identityKey(documentIdentity(document));
  const noteId = useId();
  const noteDirty = useRef(false);
  const recordRef = useRef<CandidateRecord | undefined>(undefined);
  // The panel may hand over a new but equal document on every render: follow the identity, not the object.
  const documentRef = useRef(document);
  useLayoutEffect(() => {
    recordRef.current = record;
    documentRef.current = document;
  });
  // Another person on the page: forget the last one's record at once, before anything of theirs is shown.
  const [shownIdentity, setShownIdentity] = useState(identity);
  if (shownIdentity !== identity) {
    setShownIdentity(identity);
    setRecord(undefined);
    setLoaded(false);
  }

  const reload = useCallback(async () => {
    const found = await store.getForDocument(documentRef.current);
    setRecord(found);
    if (!noteDirty.current) setNote(found?.note ?? '');
    setLoaded(true);
  }, [store]);

  useEffect(() => {
    noteDirty.current = false;
    void reload();
    void store.usage().then(
      (usage) => setWarning(describeUsage(usage)),
      () => undefined,
    );
    void store.suggestLinks(documentRef.current).then(setSuggestions, () => setSuggestions([]));
    return store.subscribe((keys) => {
      const current = recordRef.current;
      if (keys.includes(identity) || (current && keys.includes(current.key))) void reload();
    });
  }, [store, identity, reload]);

  const persist = useCallback(
    async (patch: CandidatePatch) => {
      const current = recordRef.current;
      const updated = current ? await store.update(current.key, patch) : undefined;
      if (updated) return setRecord(updated);
      const saved = await store.saveScreening(documentRef.current, screening, patch);
      setRecord(saved.record);
      if (saved.detail !== 'full') setWarning(TRIMMED_WARNING);
    },
    [store, screening],
  );

  const noteSave = useDebouncedSave<string>(async (value) => {
    await persist({ note: value });
    noteDirty.current = false;
  });

  async function runNow(action: () => Promise<void>) {
    setBusy(true);
    setMessage(undefined);
    try {
      await action();
    } catch (caught) {
      setMessage(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  }

  function onSave() {
    void runNow(async () => {
      await noteSave.flush();
      const saved = await store.saveScreening(document, screening, noteDirty.current ? { note } : {});
      setRecord(saved.record);
      setWarning(saved.detail !== 'full' ? TRIMMED_WARNING : describeUsage(await store.usage()));
    });
  }

  function onStatus(status: CandidateStatus) {
    void runNow(() => persist({ status }));
  }

  function onTags(tags: string[]) {
    void runNow(() => persist({ tags }));
  }

  function onNoteKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if ((event.ctrlKey || event.metaKey) && (event.key === 's' || event.key === 'Enter')) {
      event.preventDefault();
      void noteSave.flush();
    }
  }

  function onLink(other: CandidateRecord) {
    void runNow(async () => {
      const keepKey = recordRef.current?.key ?? (await store.saveScreening(document, screening)).record.key;
      const linked = await store.link(keepKey, other.key);
      if (linked) setRecord(linked);
      setSuggestions((current) => current.filter((candidate) => candidate.key !== other.key));
    });
  }

  const saved = record !== undefined;
  const thisSourceSaved = record?.sources.find((source) => source.identity === identity);

  return (
    <section className="sc-notes" data-theme={theme} aria-label="Candidate notes" data-testid="candidate-notes">
      <div className="sc-notes__header">
        <button
          type="button"
          className={`sc-button sc-button--primary${saved ? ' sc-button--saved' : ''}`}
          data-testid="shipcheck-save"
          aria-describedby={`${noteId}-saved`}
          disabled={busy}
          onClick={onSave}
        >
          {saved ? (thisSourceSaved ? 'Update saved screening' : 'Save this source too') : 'Save candidate'}
        </button>
        <span id={`${noteId}-saved`} className="sc-notes__saved" role="status" data-testid="shipcheck-saved-state">
          {!loaded ? '' : saved ? `✓ Saved${thisSourceSaved ? ` · ${formatTime(thisSourceSaved.savedAt)}` : ''}` : 'Not saved yet'}
        </span>
      </div>

      <StatusPicker value={record?.status ?? FIRST_STATUS} onChange={onStatus} />

      <TagEditor tags={record?.tags ?? []} onChange={onTags} idPrefix={noteId} />

      <label className="sc-notes__label" htmlFor={`${noteId}-note`}>
        Note
      </label>
      <textarea
        id={`${noteId}-note`}
        className="sc-notes__note"
        data-testid="shipcheck-note"
        rows={4}
        placeholder="Why this candidate? (saves as you type)"
        value={note}
        aria-describedby={`${noteId}-note-state`}
        onChange={(event) => {
          noteDirty.current = true;
          setNote(event.target.value);
          noteSave.schedule(event.target.value);
        }}
        onBlur={() => void noteSave.flush()}
        onKeyDown={onNoteKeyDown}
      />
      <div
        id={`${noteId}-note-state`}
        className={`sc-notes__note-state sc-notes__note-state--${noteSave.state}`}
        aria-live="polite"
        data-testid="shipcheck-note-state"
      >
        {saveStateText(noteSave.state, noteSave.error)}
      </div>
      {note.length >= NOTE_COUNT_FROM && (
        <div className={`sc-notes__count${note.length > NOTE_MAX_CHARS ? ' sc-notes__count--over' : ''}`} data-testid="shipcheck-note-count">
          {formatCount(note.length)} / {formatCount(NOTE_MAX_CHARS)} characters
        </div>
      )}

      {suggestions.length > 0 && (
        <div className="sc-notes__links" data-testid="link-suggestions">
          {suggestions.map((other) => (
            <div key={other.key} className="sc-notes__link">
              <span>
                Same person as saved <strong>{other.name ?? other.key}</strong> ({other.sources.map((source) => source.source).join(', ')})?
              </span>
              <button type="button" className="sc-button" onClick={() => onLink(other)}>
                Link
              </button>
            </div>
          ))}
        </div>
      )}

      {warning && (
        <p className="sc-notes__warning" role="status">
          {warning}
        </p>
      )}
      {message && (
        <p className="sc-notes__error" role="alert">
          {message}
        </p>
      )}
    </section>
  );
}
