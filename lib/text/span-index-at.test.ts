import { describe, expect, it } from 'vitest';
import { spanIndexAt } from './span-index-at';

describe('spanIndexAt', () => {
  const spans = [
    { start: 0, end: 5 },
    { start: 7, end: 12 },
    { start: 12, end: 20 },
  ];

  it.each([
    [0, 0],
    [4, 0],
    [7, 1],
    [11, 1],
    [12, 2],
    [19, 2],
  ])('finds the span holding offset %i', (offset, index) => {
    expect(spanIndexAt(spans, offset)).toBe(index);
  });

  it.each([5, 6, 20, 99, -1])('answers -1 for offset %i, between or outside the spans', (offset) => {
    expect(spanIndexAt(spans, offset)).toBe(-1);
  });

  it('answers -1 when there are no spans', () => {
    expect(spanIndexAt([], 3)).toBe(-1);
  });
});
