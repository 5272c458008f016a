import { describeIssues } from '../storage/describe-issues';
import { CandidateExportEnvelope, EXPORT_FORMAT, EXPORT_VERSION, ExportedCandidate, recordFromExport } from './candidates-json';
import type { IncomingEntry, ParsedImport, RejectedEntry } from './incoming-entry';
import { importCountProblem } from './import-limits';

function nameOf(raw: unknown): string | undefined {
  const name = (raw as { basics?: { name?: unknown } } | null)?.basics?.name;
  return typeof name === 'string' ? name : undefined;
}

/** Reads a Shipcheck JSON export of any version so far (1: basics only; 2: full JSON Resume), entry by entry. */
export function readJsonExport(text: string): ParsedImport {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, fileError: 'The file is not valid JSON.' };
  }
  const format = (json as { format?: unknown } | null)?.format;
  const version = (json as { version?: unknown } | null)?.version;
  if (format !== EXPORT_FORMAT) return { ok: false, fileError: 'The file is not a Shipcheck candidates export.' };
  if (typeof version === 'number' && version > EXPORT_VERSION) {
    return { ok: false, fileError: `The file was made by a newer Shipcheck (version ${version}); update the extension to import it.` };
  }
  const envelope = CandidateExportEnvelope.safeParse(json);
  if (!envelope.success) return { ok: false, fileError: `The file is damaged: ${describeIssues(envelope.error, '(entry)')}` };
  const tooMany = importCountProblem(envelope.data.candidates.length);
  if (tooMany) return { ok: false, fileError: tooMany };
  const entries: IncomingEntry[] = [];
  const rejected: RejectedEntry[] = [];
  envelope.data.candidates.forEach((raw, index) => {
    const position = `entry ${index + 1}`;
    const parsed = ExportedCandidate.safeParse(raw);
    if (!parsed.success) {
      rejected.push({ position, name: nameOf(raw), reason: describeIssues(parsed.error, '(entry)') });
      return;
    }
    entries.push({ position, name: parsed.data.basics.name, ...recordFromExport(parsed.data) });
  });
  return { ok: true, format: 'json', entries, rejected, notes: [] };
}
