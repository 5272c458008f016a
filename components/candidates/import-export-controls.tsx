import { useRef, useState } from 'react';
import type { ParsedImport } from '../../lib/export/incoming-entry';
import type { ImportProgress, ImportReport } from '../../lib/export/import-candidates';
import type { CandidateRecord, ScreeningSnapshot } from '../../lib/storage/candidate-record';
import type { CandidateStore } from '../../lib/storage/candidate-store';
import { dateStamp, downloadFile } from './download-file';
import { describeProgress, ImportPreview } from './import-preview';

interface ImportExportControlsProps {
  store: CandidateStore;
  /** The candidates an export writes: the selected ones, else every one the filters show. */
  exportTargets(): CandidateRecord[];
  canExport: boolean;
  onNotice(text: string): void;
}

interface OpenImport {
  fileName: string;
  parsed: ParsedImport;
  report: ImportReport;
}

/**
 * CSV and JSON export, and import with a dry-run preview: a file is read and checked against the saved
 * candidates first, and written only when the recruiter confirms what it will change.
 */
export function ImportExportControls({ store, exportTargets, canExport, onNotice }: ImportExportControlsProps) {
  const fileInput = useRef<HTMLInputElement>(null);
  const [open, setOpen] = useState<OpenImport | undefined>(undefined);
  const [progress, setProgress] = useState<ImportProgress | undefined>(undefined);

  async function withSnapshots(records: CandidateRecord[]) {
    return Promise.all(records.map(async (record) => ({ record, snapshots: await store.snapshotsOf(record) })));
  }

  // Export and import code (Papa Parse included) loads on first use, keeping the first screen light.
  async function exportCsv() {
    const { candidatesToCsv } = await import('../../lib/export/candidates-csv');
    const entries = await withSnapshots(exportTargets());
    const snapshots: Record<string, ScreeningSnapshot> = Object.assign({}, ...entries.map((entry) => entry.snapshots));
    downloadFile(
      `shipcheck-candidates-${dateStamp()}.csv`,
      candidatesToCsv(
        entries.map((e) => e.record),
        snapshots,
      ),
      'text/csv;charset=utf-8',
    );
    onNotice(`Exported ${entries.length} candidates to CSV.`);
  }

  async function exportJson() {
    const { candidatesToJson } = await import('../../lib/export/candidates-json');
    const entries = await withSnapshots(exportTargets());
    downloadFile(`shipcheck-candidates-${dateStamp()}.json`, candidatesToJson(entries), 'application/json');
    onNotice(`Exported ${entries.length} candidates to JSON.`);
  }

  async function preview(file: File) {
    const { importSizeProblem } = await import('../../lib/export/import-limits');
    const { planImport, readImportFile } = await import('../../lib/export/import-candidates');
    // Refused before reading: a file too big to import is also too big to hold in the page.
    const tooBig = importSizeProblem(file.size);
    const parsed: ParsedImport = tooBig ? { ok: false, fileError: tooBig } : readImportFile(await file.text(), file.name);
    setProgress({ phase: 'checking', done: 0, total: parsed.ok ? parsed.entries.length : 0 });
    try {
      const report = await planImport(parsed, store, { onProgress: setProgress });
      setOpen({ fileName: file.name, parsed, report });
    } finally {
      setProgress(undefined);
    }
  }

  async function apply() {
    if (!open) return;
    const { applyImport, describeImport } = await import('../../lib/export/import-candidates');
    try {
      const report = await applyImport(open.parsed, store, { onProgress: setProgress });
      onNotice(describeImport(report));
      const worthShowing = report.rejected.length > 0 || [...report.added, ...report.updated].some((entry) => entry.warnings.length > 0);
      setOpen(worthShowing ? { ...open, report } : undefined);
    } catch (error) {
      onNotice(`Import stopped: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setProgress(undefined);
    }
  }

  return (
    <>
      <button
        type="button"
        className="sc-button"
        onClick={() => void exportCsv()}
        data-testid="export-csv"
        disabled={!canExport}
        title="Export as CSV for an ATS (Greenhouse, Lever) or a spreadsheet"
      >
        CSV
      </button>
      <button
        type="button"
        className="sc-button"
        onClick={() => void exportJson()}
        data-testid="export-json"
        disabled={!canExport}
        title="Export as JSON Resume with the screenings, to share or back up"
      >
        JSON
      </button>
      <button
        type="button"
        className="sc-button"
        onClick={() => fileInput.current?.click()}
        data-testid="import"
        disabled={progress !== undefined}
        title="Import a Shipcheck JSON or CSV export"
      >
        Import
      </button>
      <input
        ref={fileInput}
        type="file"
        accept="application/json,.json,text/csv,.csv"
        hidden
        data-testid="import-file"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void preview(file);
        }}
      />
      {progress && !open && (
        <span className="sc-toast" role="status" data-testid="import-progress" style={{ position: 'fixed', left: '12px', bottom: '12px', zIndex: 11 }}>
          {describeProgress(progress)}
        </span>
      )}
      {open && (
        <ImportPreview fileName={open.fileName} report={open.report} progress={progress} onApply={() => void apply()} onClose={() => setOpen(undefined)} />
      )}
    </>
  );
}
