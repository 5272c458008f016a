import type * as Pdfjs from 'pdfjs-dist';

type DocumentInit = NonNullable<Parameters<typeof Pdfjs.getDocument>[0]>;

/** pdf.js as loaded for one environment, with the document options that environment needs. */
export interface PdfjsSetup {
  pdfjs: Pick<typeof Pdfjs, 'getDocument'>;
  documentOptions: Pick<Exclude<DocumentInit, string | URL | ArrayBuffer | ArrayLike<number>>, 'standardFontDataUrl' | 'cMapUrl' | 'cMapPacked'>;
}
