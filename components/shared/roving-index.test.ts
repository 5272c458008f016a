import { describe, expect, it } from 'vitest';
import { rovingIndex } from './roving-index';

describe('rovingIndex', () => {
  it.each([
    ['ArrowRight', 0, false, 1],
    ['ArrowRight', 5, false, 0],
    ['ArrowLeft', 0, false, 5],
    ['ArrowLeft', 3, false, 2],
    ['Home', 4, false, 0],
    ['End', 1, false, 5],
    ['ArrowDown', 2, false, undefined],
    ['ArrowUp', 2, false, undefined],
    ['ArrowDown', 5, true, 0],
    ['ArrowUp', 0, true, 5],
    ['Enter', 2, true, undefined],
    ['a', 2, false, undefined],
  ])('moves %s from %i (vertical: %s) to %j in six items', (key, index, vertical, expected) => {
    expect(rovingIndex(key, index, 6, { vertical })).toBe(expected);
  });

  it('moves nowhere in an empty row', () => {
    expect(rovingIndex('ArrowRight', 0, 0)).toBeUndefined();
  });
});
