/** One printed line rebuilt from text runs, in reading order. */
export interface PdfLine {
  text: string;
  /** The line's pieces separated by wide gaps ("Acme Corp" and "2019 – 2021" on one row). */
  parts: string[];
  /** Left edge of each part. */
  partStarts: number[];
  page: number;
  /** 0 for the left (or only) column, 1 for the right column of a two-column band. */
  column: number;
  /** Whether the line's page region was read as two columns. */
  inColumns: boolean;
  x: number;
  right: number;
  y: number;
  fontSize: number;
  bold: boolean;
}
