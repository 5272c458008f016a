export type PdfReadErrorCode = 'no-text-layer' | 'encrypted' | 'corrupt' | 'too-many-pages' | 'too-large' | 'timeout' | 'out-of-memory';

export const PDF_LIMITS = {
  maxPages: 30,
  maxBytes: 20 * 1024 * 1024,
  timeoutMs: 15_000,
  /**
   * Memory a read may take, far above a 30-page resume's tens of MB. In Node it bounds both the reading
   * thread's heap and how much the process's resident memory may grow while it reads.
   */
  memoryMb: 384,
} as const;

const MESSAGES: Record<PdfReadErrorCode, string> = {
  'no-text-layer': 'This PDF has no text layer (it looks scanned). Export it again as text from the original document.',
  encrypted: 'This PDF is password-protected. Open it, save or print it again without a password, and retry.',
  corrupt: 'This file is not a readable PDF (it is damaged or not a PDF at all). Download or export it again.',
  'too-many-pages': `This PDF has more than ${PDF_LIMITS.maxPages} pages, which is not a resume. Split out the resume pages and retry.`,
  'too-large': `This PDF is larger than ${PDF_LIMITS.maxBytes / (1024 * 1024)} MB, which is not a resume. Export a smaller copy (text only) and retry.`,
  timeout: 'Reading this PDF took too long and was stopped. Export it again as a simpler PDF.',
  'out-of-memory':
    'Reading this PDF needed too much memory and was stopped (it may hold a compressed "bomb" or huge drawings). Export it again as a simpler PDF.',
};

/**
 * A PDF that cannot be screened, with a message that says what is wrong and what the user can do with
 * the file. The messages name no control of any one screen (the CLI has no paste box): a page that offers
 * another way in says so itself.
 */
export class PdfReadError extends Error {
  readonly code: PdfReadErrorCode;
  readonly detail?: string;

  constructor(code: PdfReadErrorCode, detail?: string) {
    super(detail ? `${MESSAGES[code]} (${detail})` : MESSAGES[code]);
    this.name = 'PdfReadError';
    this.code = code;
    this.detail = detail;
  }
}
