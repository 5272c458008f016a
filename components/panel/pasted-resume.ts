import type { CandidateDocument } from '../../lib/model/candidate-document';
import { readPlainText } from '../../lib/sources/text/read-plain-text';

// A long resume is about 20,000 characters; ten times that is a whole document pasted by mistake.
export const MAX_PASTE_CHARS = 200_000;

export type PastedResume = { ok: true; document: CandidateDocument } | { ok: false; message: string };

/**
 * Pasted resume text as a document. Any text is read, even none at all: an empty or tiny paste is screened
 * and comes out as "Not enough evidence", which says what to paste, instead of an error.
 */
export function readPastedResume(text: string, now: Date = new Date()): PastedResume {
  if (text.length > MAX_PASTE_CHARS) {
    return {
      ok: false,
      message: `The pasted text is ${text.length.toLocaleString('en')} characters long, more than ${MAX_PASTE_CHARS.toLocaleString('en')}: paste the resume alone.`,
    };
  }
  return { ok: true, document: readPlainText(text, { now }) };
}
