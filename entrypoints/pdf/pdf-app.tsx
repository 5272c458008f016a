import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { browser } from 'wxt/browser';
import { Panel } from '../../components/panel/panel';
import { PANEL_CSS } from '../../components/panel/panel-styles';
import { CANDIDATE_NOTES_SLOT } from '../../components/shared/candidate-notes-slot';
import { mountInShadowRoot, type ShadowMount } from '../../components/shared/mount-shadow-root';
import { HighlightLayer } from '../../lib/highlight/highlight-layer';
import type { CandidateDocument } from '../../lib/model/candidate-document';
import type { Screening } from '../../lib/model/screening';
import { screenDocument } from '../../lib/screen/screen-document';
import { DEFAULT_PANEL_STATE, type PanelState } from '../../lib/settings/panel-state';
import { originPatternOf, pdfUrlFromPageSearch } from '../../lib/settings/pdf-page-url';
import { loadSettings } from '../../lib/settings/settings-storage';
import { capDocumentText } from '../../lib/sources/cap-document-text';
import { readPdf } from '../../lib/sources/pdf/read-pdf-browser';
import { ResumeText } from './resume-text';

type Result = { document: CandidateDocument; screening: Screening; fileName: string };

/**
 * Screens a PDF chosen from disk, dropped on the page, or (opened from the shortcut on a PDF tab) the
 * PDF at the tab's address, fetched only after the recruiter grants access to that one site.
 */
export function PdfApp() {
  const tabPdfUrl = useMemo(() => pdfUrlFromPageSearch(location.search), []);
  const [over, setOver] = useState(false);
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<string>();
  const [result, setResult] = useState<Result>();
  const [panelState, setPanelState] = useState<PanelState>({ ...DEFAULT_PANEL_STATE, expanded: true });
  const resumeRef = useRef<HTMLDivElement>(null);
  const asideRef = useRef<HTMLElement>(null);
  const mount = useRef<ShadowMount>(undefined);
  const [layer, setLayer] = useState<HighlightLayer>();

  const screenBytes = useCallback(async (bytes: Uint8Array, fileName: string, url?: string) => {
    setError(undefined);
    setBusy(`Reading ${fileName}…`);
    try {
      const [read, settings] = await Promise.all([readPdf(bytes, { fileName, url }), loadSettings()]);
      const document = capDocumentText(read);
      const screening = screenDocument(document, { role: settings.role, mustHave: settings.mustHave });
      setResult({ document, screening, fileName });
    } catch (caught) {
      setResult(undefined);
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(undefined);
    }
  }, []);

  const screenFile = useCallback(
    async (file: File | undefined) => {
      if (!file) return;
      await screenBytes(new Uint8Array(await file.arrayBuffer()), file.name);
    },
    [screenBytes],
  );

  const screenTabPdf = useCallback(async () => {
    if (!tabPdfUrl) return;
    setError(undefined);
    // Asked at the moment of use, for this PDF's site only.
    const granted = await browser.permissions.request({ origins: [originPatternOf(tabPdfUrl)] }).catch(() => false);
    if (!granted) {
      setError('Access to that site was not granted, so the PDF could not be read. Download it and drop the file here instead.');
      return;
    }
    setBusy('Downloading the PDF…');
    try {
      const response = await fetch(tabPdfUrl, { credentials: 'include' });
      if (!response.ok) throw new Error(`The site answered ${response.status}.`);
      const name = decodeURIComponent(new URL(tabPdfUrl).pathname.split('/').pop() || 'resume.pdf');
      await screenBytes(new Uint8Array(await response.arrayBuffer()), name, tabPdfUrl);
    } catch (caught) {
      setBusy(undefined);
      const local = tabPdfUrl.startsWith('file:')
        ? ' For files on this computer, turn on “Allow access to file URLs” for Shipcheck in chrome://extensions, or drop the file here.'
        : ' Download it and drop the file here instead.';
      setError(`The PDF could not be downloaded (${caught instanceof Error ? caught.message : String(caught)}).${local}`);
    }
  }, [tabPdfUrl, screenBytes]);

  useEffect(() => {
    if (!resumeRef.current || !result) return;
    const created = new HighlightLayer(resumeRef.current);
    setLayer(created);
    return () => created.dispose();
  }, [result]);

  useEffect(() => {
    if (!asideRef.current) return;
    mount.current ??= mountInShadowRoot(PANEL_CSS + CANDIDATE_NOTES_SLOT.extraCss, asideRef.current);
    if (!result) {
      mount.current.root.render(null);
      return;
    }
    mount.current.root.render(
      <Panel
        docked
        view={{ status: 'ready', url: location.href, screening: result.screening, document: result.document }}
        state={panelState}
        onStateChange={setPanelState}
        highlighter={layer}
        renderSave={CANDIDATE_NOTES_SLOT.renderSave}
      />,
    );
  }, [result, panelState, layer]);

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    void screenFile(event.dataTransfer.files[0]);
  };

  return (
    <main className="page wide">
      <h1>Screen a PDF resume</h1>
      <p className="lede">The file is read in this browser; nothing is uploaded.</p>
      {tabPdfUrl && (
        <div className="card tab-pdf">
          <div>
            <strong>PDF from your tab</strong>
            <br />
            <code>{tabPdfUrl}</code>
          </div>
          <button type="button" className="button primary" onClick={() => void screenTabPdf()} disabled={Boolean(busy)}>
            Screen this PDF
          </button>
        </div>
      )}
      <div
        className={`drop${over ? ' over' : ''}${result ? ' compact' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <strong>{result ? 'Drop another PDF' : 'Drop a PDF resume here'}</strong>
        <p>or choose one from your computer</p>
        <label className="button">
          Choose a PDF…
          <input
            type="file"
            accept="application/pdf,.pdf"
            hidden
            data-testid="pdf-input"
            onChange={(event) => void screenFile(event.target.files?.[0])}
          />
        </label>
      </div>
      {busy && (
        <div className="notice" role="status">
          {busy}
        </div>
      )}
      {error && (
        <div className="alert" role="alert" data-testid="pdf-error">
          {error}
        </div>
      )}
      <div className="layout" hidden={!result}>
        <div>
          {result && <div className="file-name">{result.fileName}</div>}
          <div className="resume" ref={resumeRef} data-testid="resume-text">
            {result && <ResumeText document={result.document} />}
          </div>
        </div>
        <aside className="aside" ref={asideRef} aria-label="Screening" />
      </div>
    </main>
  );
}
