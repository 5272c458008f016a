import { describe, expect, it } from 'vitest';
import { totalBytes } from './storage-area';

describe('totalBytes', () => {
  it.each([
    { values: {}, bytes: 0 },
    { values: { a: 1 }, bytes: 2 },
    { values: { a: 1, bc: 'x' }, bytes: 2 + 2 + 3 },
    { values: { a: 1, gone: undefined }, bytes: 2 },
  ])('counts key plus JSON for $values', ({ values, bytes }) => {
    expect(totalBytes(values)).toBe(bytes);
  });
});
