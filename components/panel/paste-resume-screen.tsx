import { useState } from 'react';
import type { CandidateDocument } from '../../lib/model/candidate-document';
import type { Screening } from '../../lib/model/screening';
import { DockedPanel, type DockedResult } from './docked-panel';
import { PasteResumeForm } from './paste-resume-form';
import { readPastedResume } from './pasted-resume';

/** Pasted resume text, screened by `screen`, shown in the same panel as any other screening. */
export function PasteResumeScreen({ screen }: { screen(document: CandidateDocument): Promise<Screening> }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [result, setResult] = useState<DockedResult>();

  const onScreen = async (text: string) => {
    const read = readPastedResume(text);
    setResult(undefined);
    if (!read.ok) {
      setError(read.message);
      return;
    }
    setError(undefined);
    setBusy(true);
    try {
      setResult({ document: read.document, screening: await screen(read.document) });
    } catch (caught) {
      setError(`The text could not be screened: ${caught instanceof Error ? caught.message : String(caught)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="paste-screen" data-testid="paste-screen-result">
      <PasteResumeForm onScreen={(text) => void onScreen(text)} busy={busy} />
      {busy && <p role="status">Screening…</p>}
      {error && (
        <p role="alert" className="paste-error">
          {error}
        </p>
      )}
      {result && <DockedPanel key={result.screening.screenedAt} result={result} label="Screening of the pasted text" expanded={false} />}
    </div>
  );
}
