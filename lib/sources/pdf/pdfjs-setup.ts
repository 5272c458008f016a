import type * as Pdfjs from 'pdfjs-dist';

type DocumentInit = Exclude<NonNullable<Parameters<typeof Pdfjs.getDocument>[0]>, string | URL | ArrayBuffer | ArrayLike<number>>;

/** pdf.js as loaded for one environment, with the document options that environment needs. */
export interface PdfjsSetup {
  pdfjs: Pick<typeof Pdfjs, 'getDocument'>;
  documentOptions: Pick<DocumentInit, 'standardFontDataUrl' | 'cMapUrl' | 'cMapPacked' | 'worker'>;
  /**
   * Ends the thread pdf.js parses in, at once, where the setup shares one between reads: a read stopped
   * at a limit may leave it parsing the rest of the file, and the next read would wait behind it.
   */
  stopWorker?: () => void;
}
