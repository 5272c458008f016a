import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { CandidateDocument } from '../lib/model/candidate-document';
import { capDocumentText, MAX_SCREENED_CHARS } from '../lib/sources/cap-document-text';
import { readJsonResumeText } from '../lib/sources/jsonresume/read-json-resume';
import { NotEnoughTextError } from '../lib/sources/not-enough-text-error';
import { PdfReadError, readPdf } from '../lib/sources/pdf/read-pdf';
import { readPlainText } from '../lib/sources/text/read-plain-text';
import { readSavedPage } from './read-saved-page';
import { textOfFileBytes } from './text-of-file-bytes';

export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export class UnreadableFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnreadableFileError';
  }
}

export interface LoadOptions {
  /** The page's real URL for a saved .html page without a canonical link. */
  url?: string;
  now?: Date;
}

async function readBytes(path: string): Promise<Buffer> {
  const info = await stat(path).catch(() => undefined);
  if (!info) throw new UnreadableFileError('file not found');
  if (!info.isFile()) throw new UnreadableFileError('not a file');
  if (info.size > MAX_FILE_BYTES) throw new UnreadableFileError(`file is ${(info.size / 1048576).toFixed(1)} MB; the limit is 20 MB`);
  return readFile(path);
}

function withWarning(document: CandidateDocument, warning: string | undefined): CandidateDocument {
  return warning ? { ...document, warnings: [...document.warnings, warning] } : document;
}

/**
 * A plain-text resume longer than the engine screens is cut before it is read, so the reader's memory
 * stays proportional to the cap too, and the document says how long the file was.
 */
function readTextFile(text: string, options: LoadOptions): CandidateDocument {
  if (text.length <= MAX_SCREENED_CHARS) return readPlainText(text, options);
  const lineEnd = text.lastIndexOf('\n', MAX_SCREENED_CHARS);
  const cut = text.slice(0, lineEnd > 0 ? lineEnd : MAX_SCREENED_CHARS);
  return capDocumentText(readPlainText(cut, options), { source: { chars: text.length, exact: true } });
}

async function readPdfFile(bytes: Buffer, path: string, options: LoadOptions): Promise<CandidateDocument> {
  try {
    return await readPdf(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), { fileName: basename(path), url: options.url, now: options.now });
  } catch (error) {
    // A scan is a readable PDF with nothing to judge in it, not a broken file.
    if (error instanceof PdfReadError && error.code === 'no-text-layer') throw new NotEnoughTextError(error.message);
    throw error;
  }
}

async function readByExtension(path: string, options: LoadOptions): Promise<CandidateDocument> {
  const ext = extname(path).toLowerCase();
  const bytes = await readBytes(path);
  switch (ext) {
    case '.pdf':
      return readPdfFile(bytes, path, options);
    case '.html':
    case '.htm': {
      const file = textOfFileBytes(bytes);
      return withWarning(readSavedPage(file.text, options), file.warning);
    }
    case '.json': {
      const file = textOfFileBytes(bytes);
      return withWarning(readJsonResumeText(file.text, options), file.warning);
    }
    case '.txt':
    case '.md': {
      const file = textOfFileBytes(bytes);
      return withWarning(readTextFile(file.text, options), file.warning);
    }
    default:
      throw new UnreadableFileError(`unsupported file type "${ext || '(none)'}"; Shipcheck reads .pdf, .html, .json and .txt`);
  }
}

/**
 * Reads a resume or saved profile from disk into the CandidateDocument the engine screens, choosing the
 * reader by extension and capping its text (the document then says how much was screened). Throws an
 * UnreadableFileError or PdfReadError for a file that cannot be read, and a NotEnoughTextError for one
 * that holds nothing to screen (binary data, JSON that is not a resume, a scan, a page that is not a profile).
 */
export async function loadCandidateFile(path: string, options: LoadOptions = {}): Promise<CandidateDocument> {
  return capDocumentText(await readByExtension(path, options));
}
