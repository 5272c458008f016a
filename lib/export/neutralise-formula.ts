// Spreadsheets run a cell as a formula when it starts with one of these, even after leading blanks.
const FORMULA_START = /^[\s\u00a0]*[=+\-@\t\r]/;

/**
 * Whether the cell needs the apostrophe: it starts like a formula, or it is an apostrophe followed by
 * such a cell (escaped too, so that taking one apostrophe off on import always gives back the original).
 */
function needsApostrophe(cell: string): boolean {
  let rest = cell;
  while (rest.startsWith("'")) rest = rest.slice(1);
  return FORMULA_START.test(rest);
}

/**
 * Makes a text cell inert in Excel, LibreOffice and Google Sheets by prefixing an apostrophe (OWASP's
 * advice for CSV injection); spreadsheets hide the apostrophe. Reversible: `restoreFormula` undoes it.
 */
export function neutraliseFormula(cell: string): string {
  return needsApostrophe(cell) ? `'${cell}` : cell;
}

/** The cell as it was before `neutraliseFormula` (also undoes the older, non-escaping neutralising). */
export function restoreFormula(cell: string): string {
  return cell.startsWith("'") && needsApostrophe(cell.slice(1)) ? cell.slice(1) : cell;
}
