import { describe, expect, it } from 'vitest';
import { itemBytes, totalBytes, writeGrowth } from './storage-area';

describe('totalBytes', () => {
  it.each([
    { values: {}, bytes: 0 },
    { values: { a: 1 }, bytes: 2 },
    { values: { a: 1, bc: 'x' }, bytes: 2 + 2 + 3 },
  ])('counts key plus JSON for $values', ({ values, bytes }) => {
    expect(totalBytes(values)).toBe(bytes);
  });
});

describe('writeGrowth', () => {
  it.each([
    { name: 'a new key adds its whole size', items: { a: 'xy' }, current: {}, growth: itemBytes('a', 'xy') },
    { name: 'an equal value adds nothing', items: { a: 'xy' }, current: { a: 'xy' }, growth: 0 },
    { name: 'a shorter value shrinks', items: { a: 'x' }, current: { a: 'xyz' }, growth: -2 },
    { name: 'keys not written are ignored', items: { a: 'x' }, current: { a: 'x', b: 'long value' }, growth: 0 },
  ])('$name', ({ items, current, growth }) => {
    expect(writeGrowth(items, current)).toBe(growth);
  });
});
