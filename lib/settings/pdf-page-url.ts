/** Whether a tab's URL is a PDF file the browser's viewer is showing (by its path; query and hash ignored). */
export function isPdfUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return ['http:', 'https:', 'file:'].includes(parsed.protocol) && /\.pdf$/i.test(parsed.pathname);
  } catch {
    return false;
  }
}

/** The extension's PDF page, told which file to offer to screen. */
export function pdfPageUrl(pageUrl: string, pdfUrl: string): string {
  return `${pageUrl}?url=${encodeURIComponent(pdfUrl)}`;
}

/** The PDF URL a PDF page was opened for, if it is one the page may fetch. */
export function pdfUrlFromPageSearch(search: string): string | undefined {
  const url = new URLSearchParams(search).get('url');
  return url && isPdfUrl(url) ? url : undefined;
}

/** The origin pattern to ask permission for, so only that site is granted, not every site. */
export function originPatternOf(url: string): string {
  const parsed = new URL(url);
  return parsed.protocol === 'file:' ? 'file:///*' : `${parsed.protocol}//${parsed.host}/*`;
}
