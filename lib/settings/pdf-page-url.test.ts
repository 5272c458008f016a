import { describe, expect, it } from 'vitest';
import { isPdfUrl, originPatternOf, pdfPageUrl, pdfUrlFromPageSearch } from './pdf-page-url';

describe('isPdfUrl', () => {
  it.each([
    ['https://example.org/cv/Jane.PDF', true],
    ['https://example.org/cv.pdf?download=1#page=2', true],
    ['file:///home/me/resume.pdf', true],
    ['https://example.org/pdf/view', false],
    ['javascript:alert(1)//.pdf', false],
    ['not a url', false],
  ])('%s -> %s', (url, expected) => {
    expect(isPdfUrl(url)).toBe(expected);
  });
});

describe('pdf page urls', () => {
  it('round-trips the PDF url through the page search string', () => {
    const page = pdfPageUrl('chrome-extension://abc/pdf.html', 'https://example.org/a b.pdf?x=1&y=2');
    expect(pdfUrlFromPageSearch(new URL(page).search)).toBe('https://example.org/a b.pdf?x=1&y=2');
  });
  it('refuses a url that is not a PDF', () => {
    expect(pdfUrlFromPageSearch('?url=javascript%3Aalert(1)')).toBeUndefined();
  });
  it.each([
    ['https://files.example.org:8443/x/cv.pdf', 'https://files.example.org:8443/*'],
    ['file:///tmp/cv.pdf', 'file:///*'],
  ])('asks for %s as %s', (url, pattern) => {
    expect(originPatternOf(url)).toBe(pattern);
  });
});
