import type { ImportProgress, ImportReport, PlannedEntry } from '../../lib/export/import-candidates';
import { describeImport } from '../../lib/export/import-candidates';

// A preview of thousands of rows would bury the summary; the counts above always cover everything.
const SHOWN_PER_LIST = 50;

const DIALOG_STYLE = {
  position: 'fixed',
  inset: '8px',
  zIndex: 10,
  display: 'flex',
  flexDirection: 'column',
  gap: '6px',
  margin: 0,
  background: 'var(--sc-bg)',
  color: 'var(--sc-fg)',
  boxShadow: '0 6px 24px rgba(0,0,0,0.25)',
} as const;

function EntryList({ title, entries, testId }: { title: string; entries: PlannedEntry[]; testId: string }) {
  if (!entries.length) return null;
  return (
    <section data-testid={testId}>
      <strong>{title}</strong>
      <ul>
        {entries.slice(0, SHOWN_PER_LIST).map((entry) => (
          <li key={`${entry.position}-${entry.key}`}>
            {entry.name ?? entry.key} <span className="sc-muted">({entry.position})</span>
            {entry.changes.length > 0 && entry.changes[0].field !== 'candidate' && (
              <ul>
                {entry.changes.map((change, index) => (
                  <li key={index}>
                    {change.field}: {change.detail}
                  </li>
                ))}
              </ul>
            )}
            {entry.warnings.length > 0 && (
              <ul className="sc-banner--warning" data-testid="import-warnings">
                {entry.warnings.map((warning, index) => (
                  <li key={index}>{warning}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      {entries.length > SHOWN_PER_LIST && <p className="sc-muted">and {entries.length - SHOWN_PER_LIST} more</p>}
    </section>
  );
}

export function describeProgress(progress: ImportProgress): string {
  const verb = progress.phase === 'checking' ? 'Checking' : 'Saving';
  return `${verb} ${progress.done} of ${progress.total}…`;
}

interface ImportPreviewProps {
  fileName: string;
  report: ImportReport;
  /** Set while the import is being applied. */
  progress?: ImportProgress;
  onApply(): void;
  onClose(): void;
}

/** The dry run before an import (or its report after): counts, every field each entry changes, what is left out. */
export function ImportPreview({ fileName, report, progress, onApply, onClose }: ImportPreviewProps) {
  const busy = progress !== undefined;
  const writes = report.added.length + report.updated.length;
  return (
    <div className="sc-banner" role="dialog" aria-modal="true" aria-label={`Import ${fileName}`} data-testid="import-preview" style={DIALOG_STYLE}>
      <strong data-testid="import-summary">{describeImport(report)}</strong>
      <span className="sc-muted">{fileName}</span>
      <div style={{ flex: '1 1 auto', overflowY: 'auto' }}>
        {report.fileError && (
          <p className="sc-banner--error" role="alert">
            {report.fileError}
          </p>
        )}
        {report.notes.map((note) => (
          <p key={note} className="sc-muted">
            {note}
          </p>
        ))}
        <EntryList title={report.applied ? 'Added' : 'Will be added'} entries={report.added} testId="import-added" />
        <EntryList title={report.applied ? 'Updated' : 'Will be updated'} entries={report.updated} testId="import-updated" />
        {report.rejected.length > 0 && (
          <section className="sc-banner--error" data-testid="import-rejected">
            <strong>Not imported</strong>
            <ul>
              {report.rejected.slice(0, SHOWN_PER_LIST).map((entry, index) => (
                <li key={index}>
                  {entry.position} {entry.name ?? ''}: {entry.reason}
                </li>
              ))}
            </ul>
            {report.rejected.length > SHOWN_PER_LIST && <p>and {report.rejected.length - SHOWN_PER_LIST} more</p>}
          </section>
        )}
        <EntryList title="Already up to date" entries={report.unchanged} testId="import-unchanged" />
      </div>
      <div style={{ display: 'flex', gap: '8px', alignItems: 'center' }}>
        {!report.applied && !report.fileError && (
          <button type="button" className="sc-button" onClick={onApply} disabled={busy} data-testid="import-apply" autoFocus>
            {writes ? `Import ${writes} ${writes === 1 ? 'candidate' : 'candidates'}` : 'Import (nothing to change)'}
          </button>
        )}
        <button type="button" className="sc-link" onClick={onClose} disabled={busy} data-testid="import-close">
          {report.applied || report.fileError ? 'Close' : 'Cancel'}
        </button>
        {progress && (
          <span role="status" data-testid="import-progress">
            {describeProgress(progress)}
          </span>
        )}
      </div>
    </div>
  );
}
