// Spreadsheets run a cell as a formula when it starts with one of these, even after leading blanks.
const FORMULA_START = /^[\s\u00a0]*[=+\-@\t\r]/;

/**
 * Makes a text cell inert in Excel, LibreOffice and Google Sheets by prefixing an apostrophe (OWASP's
 * advice for CSV injection); the apostrophe is hidden by spreadsheets and the text stays readable.
 */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}
