import type { Block } from '../../model/candidate-document';
import type { Entry } from './group-entries';
import { headingKindOf } from '../section-kind-of-heading';
import type { PdfLine } from './pdf-line';

// The footer in the export's languages: "Page 1 of 3", "Seite 1 von 3", "Страница 1 из 3", ...
const PAGE_OF = /^(?:Page|Seite|Página|Pagina|Pagina|Strona|Страница|Sayfa) \d+ (?:of|von|de|di|sur|z|из|\/) \d+$/iu;

/**
 * LinkedIn's "Save to PDF" export: "Page N of M" footers, a profile URL, and a sidebar that opens with
 * Contact or Top Skills beside the main column.
 */
export function isLinkedInExport(lines: PdfLine[]): boolean {
  const footer = lines.some((line) => PAGE_OF.test(line.text.trim()));
  const profileUrl = lines.some((line) => /linkedin\.com\/in\//i.test(line.text));
  const sidebar = lines.some(
    (line) => line.page === 1 && line.inColumns && line.column === 0 && ['contact', 'skills'].includes(headingKindOf(line.text) ?? ''),
  );
  return footer && (profileUrl || sidebar);
}

/**
 * In the export a company prints in the largest header type, each role's title one step smaller, and
 * a company with several roles prints its name once above them: later roles inherit it.
 */
export function linkedInRoleHeaders(entries: Entry[]): Pick<Block, 'title' | 'org'>[] {
  const sizes = [...new Set(entries.flatMap((entry) => entry.header.map((unit) => Math.round(unit.lines[0].fontSize * 2) / 2)))].sort((a, b) => b - a);
  const [companySize, titleSize] = sizes;
  let org: string | undefined;
  return entries.map((entry) => {
    const sizeOf = (size: number | undefined) => entry.header.find((unit) => Math.round(unit.lines[0].fontSize * 2) / 2 === size)?.text;
    const company = sizes.length > 1 ? sizeOf(companySize) : undefined;
    if (company) org = company;
    const title = sizes.length > 1 ? sizeOf(titleSize) : sizeOf(companySize);
    return { ...(title ? { title } : {}), ...(org ? { org } : {}) };
  });
}
