import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CandidateDocument } from '../../lib/model/candidate-document';
import { requestScreening } from '../../lib/messaging/request-screening';
import type { CandidateRecord } from '../../lib/storage/candidate-record';
import { STATUS_LABEL, STATUS_ORDER, type CandidateStatus } from '../../lib/storage/candidate-status';
import type { CandidateStore, RemovedCandidate } from '../../lib/storage/candidate-store';
import { describeUsage } from '../../lib/storage/storage-usage';
import { PasteResumeScreen } from '../panel/paste-resume-screen';
import { CandidateList } from './candidate-list';
import { CandidateToolbar } from './candidate-toolbar';
import { SetAsideBanner } from './set-aside-banner';
import { ImportExportControls } from './import-export-controls';
import { DEFAULT_QUERY, filterCandidates, sortCandidates, tagsInUse, type CandidateQuery } from './query-candidates';
import { useCandidates } from './use-candidates';
import { useTheme } from './use-theme';

const UNDO_MS = 8000;

/** The background screens pasted text as it screens pages, so the engine stays out of the side panel. */
async function screenInBackground(document: CandidateDocument) {
  const response = await requestScreening(document);
  if (!response.ok) throw new Error(response.error);
  return response.screening;
}

const THEME_LABEL = { auto: 'Theme: system', light: 'Theme: light', dark: 'Theme: dark' } as const;

function keysStillListed(keys: Set<string>, rows: readonly { record: { key: string } }[]): Set<string> {
  const present = new Set(rows.map((row) => row.record.key));
  const kept = [...keys].filter((key) => present.has(key));
  return kept.length === keys.size ? keys : new Set(kept);
}

interface Undo {
  removed: RemovedCandidate[];
  timer: ReturnType<typeof setTimeout>;
}

/** The side panel: every saved candidate, searchable, filterable, editable in place, exportable. */
export function CandidatesApp({ store }: { store: CandidateStore }) {
  const { rows, loaded, quarantined, newer, error, refreshQuarantine } = useCandidates(store);
  const [query, setQuery] = useState<CandidateQuery>(DEFAULT_QUERY);
  const [picked, setSelected] = useState<Set<string>>(new Set());
  const [undo, setUndo] = useState<Undo | undefined>(undefined);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const [usageText, setUsageText] = useState<string | undefined>(undefined);
  const [theme, cycleTheme] = useTheme();
  const [pasteOpen, setPasteOpen] = useState(false);
  const lastSelected = useRef<string | undefined>(undefined);

  const sorted = useMemo(() => sortCandidates(rows, query.sort), [rows, query.sort]);
  const visible = useMemo(() => filterCandidates(sorted, query), [sorted, query]);
  const tags = useMemo(() => tagsInUse(rows), [rows]);

  useEffect(() => {
    void store.usage().then(
      (usage) => setUsageText(describeUsage(usage)),
      () => undefined,
    );
  }, [store, rows.length]);

  // A candidate deleted elsewhere (another tab, an import) drops out of the selection as it leaves the list.
  const selected = useMemo(() => keysStillListed(picked, rows), [picked, rows]);

  const toggleSelect = useCallback(
    (key: string, range: boolean) => {
      setSelected((current) => {
        const next = new Set(current);
        const keys = visible.map((row) => row.record.key);
        const from = lastSelected.current ? keys.indexOf(lastSelected.current) : -1;
        const to = keys.indexOf(key);
        if (range && from >= 0 && to >= 0) {
          const adding = !current.has(key);
          for (const k of keys.slice(Math.min(from, to), Math.max(from, to) + 1)) {
            if (adding) next.add(k);
            else next.delete(k);
          }
        } else if (next.has(key)) next.delete(key);
        else next.add(key);
        lastSelected.current = key;
        return next;
      });
    },
    [visible],
  );

  const remove = useCallback(
    async (keys: string[]) => {
      const removed = await store.remove(keys);
      if (!removed.length) return;
      setSelected((current) => new Set([...current].filter((key) => !keys.includes(key))));
      setUndo((current) => {
        if (current) clearTimeout(current.timer);
        const timer = setTimeout(() => setUndo(undefined), UNDO_MS);
        return { removed, timer };
      });
    },
    [store],
  );

  async function undoDelete() {
    if (!undo) return;
    clearTimeout(undo.timer);
    setUndo(undefined);
    await store.restore(undo.removed);
  }

  const targets = (): CandidateRecord[] =>
    selected.size ? visible.filter((row) => selected.has(row.record.key)).map((row) => row.record) : visible.map((row) => row.record);

  async function bulkStatus(status: CandidateStatus) {
    await store.updateMany([...selected], { status });
    setNotice(`Set ${selected.size} candidates to ${STATUS_LABEL[status]}.`);
  }

  const allVisibleSelected = visible.length > 0 && visible.every((row) => selected.has(row.record.key));

  return (
    <div className="sc-app" data-theme={theme}>
      <header className="sc-header">
        <h1 className="sc-title">
          Candidates{' '}
          <span className="sc-count" data-testid="candidate-count">
            {loaded ? `${visible.length} of ${rows.length}` : rows.length ? 'loading all…' : '…'}
          </span>
        </h1>
        <div className="sc-header__actions">
          <a className="sc-button" href="/pdf.html" target="_blank" rel="noreferrer" title="Screen a PDF resume" data-testid="open-pdf-page">
            PDF
          </a>
          <button
            type="button"
            className="sc-button"
            aria-expanded={pasteOpen}
            onClick={() => setPasteOpen(!pasteOpen)}
            title="Screen pasted resume text"
            data-testid="open-paste"
          >
            Paste
          </button>
          <ImportExportControls store={store} exportTargets={targets} canExport={visible.length > 0} onNotice={setNotice} />
          <button type="button" className="sc-button" onClick={cycleTheme} aria-label={THEME_LABEL[theme]} title={THEME_LABEL[theme]}>
            {theme === 'dark' ? '☾' : theme === 'light' ? '☀' : '◐'}
          </button>
        </div>
      </header>

      {pasteOpen && (
        <section className="sc-paste" aria-label="Screen pasted resume text">
          <PasteResumeScreen screen={screenInBackground} />
        </section>
      )}

      <CandidateToolbar query={query} tags={tags} onChange={setQuery} />

      {usageText && (
        <p className="sc-banner sc-banner--warning" role="status">
          {usageText}
        </p>
      )}
      {error && (
        <p className="sc-banner sc-banner--error" role="alert">
          Could not read saved candidates: {error}
        </p>
      )}
      {newer.length > 0 && (
        <p className="sc-banner sc-banner--warning" role="status" data-testid="newer-banner">
          {newer.length} {newer.length === 1 ? 'candidate was' : 'candidates were'} saved by a newer version of Shipcheck and{' '}
          {newer.length === 1 ? 'is' : 'are'} not shown here; {newer.length === 1 ? 'it is' : 'they are'} left exactly as saved. Update Shipcheck to see{' '}
          {newer.length === 1 ? 'it' : 'them'}.
        </p>
      )}
      <SetAsideBanner entries={quarantined} onDiscard={(entries) => store.clearQuarantine(entries).then(refreshQuarantine)} />
      <div className="sc-bulk" aria-label="Selection">
        <label className="sc-bulk__all">
          <input
            type="checkbox"
            checked={allVisibleSelected}
            data-testid="select-all"
            onChange={() => setSelected(allVisibleSelected ? new Set() : new Set(visible.map((row) => row.record.key)))}
          />
          {selected.size ? `${selected.size} selected` : 'Select all'}
        </label>
        {selected.size > 0 && (
          <>
            <select
              aria-label="Set status of selected candidates"
              data-testid="bulk-status"
              value=""
              onChange={(event) => event.target.value && void bulkStatus(event.target.value as CandidateStatus)}
            >
              <option value="">Set status…</option>
              {STATUS_ORDER.map((status) => (
                <option key={status} value={status}>
                  {STATUS_LABEL[status]}
                </option>
              ))}
            </select>
            <button type="button" className="sc-button sc-button--danger" onClick={() => void remove([...selected])} data-testid="bulk-delete">
              Delete
            </button>
            <button type="button" className="sc-link" onClick={() => setSelected(new Set())}>
              Clear
            </button>
          </>
        )}
      </div>

      {loaded && rows.length === 0 && (
        <div className="sc-empty" data-testid="empty-state">
          <p>No saved candidates yet.</p>
          <p className="sc-muted">Open a LinkedIn or GitHub profile and press “Save candidate” in the Shipcheck panel, or import a JSON or CSV export.</p>
        </div>
      )}
      {loaded && rows.length > 0 && visible.length === 0 && <p className="sc-empty">No candidate matches these filters.</p>}

      {(loaded || rows.length > 0) && (
        <CandidateList rows={visible} store={store} selected={selected} knownTags={tags} onToggleSelect={toggleSelect} onDelete={remove} />
      )}

      <div className="sc-toast-area" aria-live="polite">
        {undo && (
          <div className="sc-toast" data-testid="undo-toast">
            Deleted {undo.removed.length === 1 ? (undo.removed[0].record.name ?? 'candidate') : `${undo.removed.length} candidates`}.{' '}
            <button type="button" className="sc-link" onClick={() => void undoDelete()} data-testid="undo">
              Undo
            </button>
          </div>
        )}
        {!undo && notice && (
          <div className="sc-toast" data-testid="notice">
            {notice}{' '}
            <button type="button" className="sc-link" aria-label="Dismiss" onClick={() => setNotice(undefined)}>
              ✕
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
