import type { PdfLine } from './pdf-line';

const PAGE_NUMBER = /^(?:page|seite|página|pagina|strona|страница|sayfa)?\s*\d{1,3}(?:\s*(?:of|von|de|di|sur|z|из|\/)\s*\d{1,3})?$|^[-–]\s*\d{1,3}\s*[-–]$/iu;

function furnitureKey(line: PdfLine): string {
  return line.text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

/** Lines at the top or bottom edge of their page, where running headers and footers sit. */
function edgeLines(lines: PdfLine[]): PdfLine[][] {
  const pages = new Map<number, PdfLine[]>();
  for (const line of lines) {
    const page = pages.get(line.page);
    if (page) page.push(line);
    else pages.set(line.page, [line]);
  }
  return [...pages.values()].map((page) => [...new Set([...page.slice(0, 3), ...page.slice(-2)])]);
}

/**
 * Removes page numbers and running headers or footers (a line repeated at the edge of several pages,
 * digits aside). The copy at the very top of the first page stays: that is where the name is read from.
 */
export function dropPageFurniture(lines: PdfLine[]): PdfLine[] {
  const edges = edgeLines(lines);
  const pagesWithKey = new Map<string, number>();
  for (const page of edges) for (const key of new Set(page.map(furnitureKey))) pagesWithKey.set(key, (pagesWithKey.get(key) ?? 0) + 1);
  const firstPageTop = new Set(edges[0]?.slice(0, 3) ?? []);
  const furniture = new Set(edges.flat().filter((line) => (pagesWithKey.get(furnitureKey(line)) ?? 0) >= 2 && !firstPageTop.has(line)));
  return lines.filter((line) => !PAGE_NUMBER.test(line.text.trim()) && !furniture.has(line));
}
