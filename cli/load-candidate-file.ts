import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { CandidateDocument } from '../lib/model/candidate-document';
import { readJsonResumeText } from '../lib/sources/jsonresume/read-json-resume';
import { readPdf } from '../lib/sources/pdf/read-pdf';
import { readPlainText } from '../lib/sources/text/read-plain-text';
import { readSavedPage } from './read-saved-page';

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

/** Reads a resume or saved profile from disk into a CandidateDocument, choosing the reader by extension. */
export async function loadCandidateFile(path: string, options: LoadOptions = {}): Promise<CandidateDocument> {
  const ext = extname(path).toLowerCase();
  const bytes = await readBytes(path);
  switch (ext) {
    case '.pdf':
      return readPdf(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), { fileName: basename(path), url: options.url, now: options.now });
    case '.html':
    case '.htm':
      return readSavedPage(bytes.toString('utf8'), options);
    case '.json':
      return readJsonResumeText(bytes.toString('utf8'), options);
    case '.txt':
    case '.md':
      return readPlainText(bytes.toString('utf8'), options);
    default:
      throw new UnreadableFileError(`unsupported file type "${ext || '(none)'}"; Shipcheck reads .pdf, .html, .json and .txt`);
  }
}
