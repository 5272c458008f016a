import { MAX_SCREENED_CHARS } from '../cap-document-text';
import { isBoldFontName } from './bold-font-name';
import { PDF_LIMITS, PdfReadError } from './pdf-read-error';
import type { PdfPage, PdfTextItem } from './pdf-text-item';
import type { PdfjsSetup } from './pdfjs-setup';

export interface ReadPdfPagesOptions {
  timeoutMs?: number;
  /** Characters of text runs to read before stopping (the engine screens no more than this). */
  maxChars?: number;
}

export interface PdfPages {
  pages: PdfPage[];
  /** False when reading stopped at `maxChars` and the PDF holds more text. */
  complete: boolean;
}

type PdfjsDocument = Awaited<ReturnType<PdfjsSetup['pdfjs']['getDocument']>['promise']>;
type PdfjsPage = Awaited<ReturnType<PdfjsDocument['getPage']>>;

type TextContent = Awaited<ReturnType<PdfjsPage['getTextContent']>>;
type RawTextItem = Extract<TextContent['items'][number], { str: string }>;

function looksLikePdf(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

function errorOfPdfjs(error: unknown): PdfReadError {
  if (error instanceof PdfReadError) return error;
  const name = (error as { name?: string } | null)?.name;
  if (name === 'PasswordException') return new PdfReadError('encrypted');
  const message = error instanceof Error ? error.message : String(error);
  return new PdfReadError('corrupt', message.slice(0, 120));
}

function withTimeout<T>(work: Promise<T>, timeoutMs: number, onTimeout: () => void): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout();
      reject(new PdfReadError('timeout'));
    }, timeoutMs);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

// pdf.js's AnnotationMode.DISABLE: link annotations add drawing work and no text.
const ANNOTATIONS_DISABLED = 0;

/**
 * Font names live only in pdf.js's common objects, which an operator list fills; it is the costly half
 * of a read, so a page set in a single font (nothing to tell bold apart from) skips it.
 */
async function fontNamesOfPage(page: PdfjsPage, fontIds: Set<string>): Promise<Map<string, { name: string; bold: boolean }>> {
  const fonts = new Map<string, { name: string; bold: boolean }>();
  if (fontIds.size < 2) return fonts;
  await page.getOperatorList({ annotationMode: ANNOTATIONS_DISABLED });
  for (const id of fontIds) {
    if (!page.commonObjs.has(id)) continue;
    const font = page.commonObjs.get(id) as { name?: string; bold?: boolean; black?: boolean };
    const name = font.name ?? '';
    fonts.set(id, { name, bold: Boolean(font.bold || font.black) || isBoldFontName(name) });
  }
  return fonts;
}

function isHorizontal(transform: number[]): boolean {
  const [a, b] = transform;
  return Math.abs(b) <= Math.abs(a) * 0.1 && a > 0;
}

/** Characters left to read in the whole document, shared by its pages; `stopped` once text was left unread. */
interface CharBudget {
  left: number;
  stopped: boolean;
}

/**
 * The page's text runs, read chunk by chunk: once the budget is spent the stream is cancelled, which stops
 * pdf.js parsing the page, so a content stream that inflates to hundreds of MB is never read past it.
 */
async function textRunsOfPage(page: PdfjsPage, budget: CharBudget): Promise<RawTextItem[]> {
  const reader = (page.streamTextContent() as ReadableStream<Pick<TextContent, 'items'>>).getReader();
  const runs: RawTextItem[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return runs;
    for (const item of value.items) {
      if (!('str' in item) || item.str.trim().length === 0) continue;
      if (budget.left < item.str.length) {
        budget.stopped = true;
        await reader.cancel(new Error('text budget spent'));
        return runs;
      }
      budget.left -= item.str.length;
      runs.push(item);
    }
  }
}

async function readPage(page: PdfjsPage, number: number, budget: CharBudget): Promise<PdfPage> {
  const [x0, y0, x1, y1] = page.view;
  const raw = await textRunsOfPage(page, budget);
  // An operator list parses the whole content stream, which is what the budget just stopped doing.
  const fonts = raw.length > 0 && !budget.stopped ? await fontNamesOfPage(page, new Set(raw.map((item) => item.fontName))) : new Map();
  const items: PdfTextItem[] = [];
  for (const item of raw) {
    if (!isHorizontal(item.transform)) continue;
    const font = fonts.get(item.fontName);
    items.push({
      text: item.str,
      x: item.transform[4] - x0,
      y: item.transform[5] - y0,
      width: item.width,
      fontSize: Math.hypot(item.transform[2], item.transform[3]),
      bold: font?.bold ?? false,
      fontName: font?.name || undefined,
    });
  }
  page.cleanup();
  return { number, width: x1 - x0, height: y1 - y0, items };
}

/**
 * Opens a PDF with pdf.js and returns each page's positioned text runs, up to `maxChars` characters.
 * Refuses files that are too large, too long, password-protected or damaged with a PdfReadError, and
 * never waits past the timeout.
 */
export async function readPdfPages(setup: PdfjsSetup, bytes: Uint8Array, options: ReadPdfPagesOptions = {}): Promise<PdfPages> {
  if (bytes.byteLength > PDF_LIMITS.maxBytes) throw new PdfReadError('too-large');
  if (!looksLikePdf(bytes)) throw new PdfReadError('corrupt', 'no PDF header');
  const task = setup.pdfjs.getDocument({
    // pdf.js transfers the buffer to its worker; a copy keeps the caller's bytes usable.
    data: bytes.slice(),
    ...setup.documentOptions,
    disableFontFace: true,
    fontExtraProperties: true,
    stopAtErrors: false,
    verbosity: 0,
  });
  const readAll = async (): Promise<PdfPages> => {
    const doc = await task.promise;
    if (doc.numPages > PDF_LIMITS.maxPages) throw new PdfReadError('too-many-pages', `${doc.numPages} pages`);
    const budget: CharBudget = { left: options.maxChars ?? MAX_SCREENED_CHARS, stopped: false };
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages && !budget.stopped; n++) pages.push(await readPage(await doc.getPage(n), n, budget));
    return { pages, complete: !budget.stopped };
  };
  // A read stopped at a limit may leave pdf.js parsing the rest of the file: end it all.
  const stop = () => {
    void task.destroy();
    setup.stopWorker?.();
  };
  try {
    const read = await withTimeout(readAll(), options.timeoutMs ?? PDF_LIMITS.timeoutMs, stop);
    if (!read.complete) stop();
    return read;
  } catch (error) {
    throw errorOfPdfjs(error);
  } finally {
    void task.destroy();
  }
}
