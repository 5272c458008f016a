import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { browser } from 'wxt/browser';
import { DockedPanel } from '../../components/panel/docked-panel';
import { PasteResumeForm } from '../../components/panel/paste-resume-form';
import { readPastedResume } from '../../components/panel/pasted-resume';
import { HighlightLayer } from '../../lib/highlight/highlight-layer';
import type { CandidateDocument } from '../../lib/model/candidate-document';
import type { Screening } from '../../lib/model/screening';
import { screenDocument } from '../../lib/screen/screen-document';
import { originPatternOf, pdfUrlFromPageSearch } from '../../lib/settings/pdf-page-url';
import { loadSettings } from '../../lib/settings/settings-storage';
import { capDocumentText } from '../../lib/sources/cap-document-text';
import { PdfReadError, readPdf } from '../../lib/sources/pdf/read-pdf-browser';
import { sha256Hex } from '../../lib/sources/pdf/sha256-hex';
import { ResumeText } from './resume-text';
import { scannedPdfDocument } from './scanned-pdf-document';

type Result = { document: CandidateDocument; screening: Screening; title: string };

async function screen(document: CandidateDocument): Promise<Screening> {
  const settings = await loadSettings();
  return screenDocument(document, { role: settings.role, mustHave: settings.mustHave });
}

/** A scanned PDF is read as a document without text (screened as Not enough evidence); any other failure is thrown. */
async function readPdfOrScan(bytes: Uint8Array, fileName: string, url?: string): Promise<CandidateDocument> {
  try {
    return await readPdf(bytes, { fileName, url });
  } catch (caught) {
    if (caught instanceof PdfReadError && caught.code === 'no-text-layer') return scannedPdfDocument(await sha256Hex(bytes), { url });
    throw caught;
  }
}

/**
 * Screens a PDF chosen from disk, dropped on the page, or (opened from the shortcut on a PDF tab) the
 * PDF at the tab's address, fetched only after the recruiter grants access to that one site; or resume
 * text pasted into the box. Every way in ends in the same result view.
 */
export function PdfApp() {
  const tabPdfUrl = useMemo(() => pdfUrlFromPageSearch(location.search), []);
  const [over, setOver] = useState(false);
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<string>();
  const [result, setResult] = useState<Result>();
  const resumeRef = useRef<HTMLDivElement>(null);
  const pasteRef = useRef<HTMLDivElement>(null);
  const [layer, setLayer] = useState<HighlightLayer>();

  const show = useCallback(async (read: () => Promise<CandidateDocument>, title: string) => {
    setError(undefined);
    setBusy(`Reading ${title}…`);
    try {
      const document = capDocumentText(await read());
      setResult({ document, screening: await screen(document), title });
    } catch (caught) {
      setResult(undefined);
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(undefined);
    }
  }, []);

  const screenBytes = useCallback((bytes: Uint8Array, fileName: string, url?: string) => show(() => readPdfOrScan(bytes, fileName, url), fileName), [show]);

  const screenFile = useCallback(
    async (file: File | undefined) => {
      if (!file) return;
      await screenBytes(new Uint8Array(await file.arrayBuffer()), file.name);
    },
    [screenBytes],
  );

  const screenPaste = useCallback(
    (text: string) => {
      const read = readPastedResume(text);
      if (!read.ok) {
        setError(read.message);
        return;
      }
      void show(async () => read.document, 'pasted text');
    },
    [show],
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
      const local = !tabPdfUrl.startsWith('file:')
        ? ' Download it and drop the file here instead.'
        : import.meta.env.FIREFOX
          ? ' Firefox does not let extensions read files on this computer: drop the file here instead.'
          : ' For files on this computer, turn on “Allow access to file URLs” for Shipcheck in chrome://extensions, or drop the file here.';
      setError(`The PDF could not be downloaded (${caught instanceof Error ? caught.message : String(caught)}).${local}`);
    }
  }, [tabPdfUrl, screenBytes]);

  useEffect(() => {
    if (!resumeRef.current || !result) return;
    const created = new HighlightLayer(resumeRef.current);
    setLayer(created);
    return () => created.dispose();
  }, [result]);

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    void screenFile(event.dataTransfer.files[0]);
  };

  return (
    <main className="page wide">
      <h1>Screen a resume</h1>
      <p className="lede">A PDF file, or its text pasted below. Everything is read in this browser; nothing is uploaded.</p>
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
      <div className={`inputs${result ? ' compact' : ''}`}>
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
            <input type="file" accept="application/pdf,.pdf" hidden data-testid="pdf-input" onChange={(event) => void screenFile(event.target.files?.[0])} />
          </label>
        </div>
        <div className="card paste-card" ref={pasteRef}>
          <PasteResumeForm onScreen={screenPaste} busy={Boolean(busy)} intro="From an email, a job board, or a PDF that cannot be read." />
        </div>
      </div>
      {busy && (
        <div className="notice" role="status">
          {busy}
        </div>
      )}
      {error && (
        <div className="alert" role="alert" data-testid="pdf-error">
          {error}{' '}
          <button type="button" className="link-button" onClick={() => pasteRef.current?.querySelector('textarea')?.focus()}>
            Paste its text instead
          </button>
        </div>
      )}
      {result && (
        <div className="layout">
          <div>
            <div className="file-name">{result.title}</div>
            <div className="resume" ref={resumeRef} data-testid="resume-text">
              <ResumeText document={result.document} />
            </div>
          </div>
          <DockedPanel result={result} highlighter={layer} />
        </div>
      )}
    </main>
  );
}
