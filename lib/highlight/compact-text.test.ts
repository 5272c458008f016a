import { describe, expect, it } from 'vitest';
import { compactQuote, compactSegments, findQuoteSpans } from './compact-text';

describe('compactQuote', () => {
  it.each([
    ['Built  a\nmodel', 'builtamodel'],
    ['It’s “fast” – really…', 'it\'s"fast"-really.'],
    ['\u00a0 ', ''],
  ])('compacts %j', (quote, expected) => {
    expect(compactQuote(quote)).toBe(expected);
  });
});

describe('findQuoteSpans', () => {
  it('finds a quote that spans several segments with different whitespace', () => {
    const segments = ['Header ', 'Deployed the ranking\n   model ', 'to ', 'Kubernetes.', ' Footer'];
    const spans = findQuoteSpans(compactSegments(segments), 'Deployed the ranking model to Kubernetes.');
    expect(spans).toEqual([{ startSegment: 1, startOffset: 0, endSegment: 3, endOffset: 11 }]);
  });

  it('finds every copy of a quote printed twice', () => {
    const segments = ['Cut latency by 40%.', 'Cut latency by 40%.'];
    expect(findQuoteSpans(compactSegments(segments), 'cut latency by 40%.')).toHaveLength(2);
  });

  it('falls back to the leading part of a quote the page truncated', () => {
    const segments = ['Led the migration of twelve training pipelines to Airflow and then…', 'see more'];
    const spans = findQuoteSpans(compactSegments(segments), 'Led the migration of twelve training pipelines to Airflow and then retired the cron jobs.');
    expect(spans).toHaveLength(1);
    expect(spans[0].startOffset).toBe(0);
  });

  it.each([
    ['a quote not on the page', 'Designed a vector search service.'],
    ['a short quote not on the page', 'Used Rust.'],
    ['an empty quote', '   '],
  ])('finds nothing for %s', (_name, quote) => {
    expect(findQuoteSpans(compactSegments(['Trained models with PyTorch.']), quote)).toEqual([]);
  });

  // Its time is measured by `npm run bench` (hostile inputs).
  it('reads regex syntax in page text as text, and stops at six places on a page that repeats it 50,000 times', () => {
    const compact = compactSegments(['(a+)+$'.repeat(50_000)]);
    const whole = findQuoteSpans(compact, '(a+)+$(a+)+$(a+)+$(a+)+$(a+)+$');
    expect(whole).toHaveLength(6);
    expect(findQuoteSpans(compact, '(a+)+$(a+)+$(a+)+$(a+)+$(a+)+$ but not here')).toEqual(whole);
  });
});
