import { describe, expect, it } from 'vitest';
import { escapeRegExp } from './escape-reg-exp';

describe('escapeRegExp', () => {
  it('matches the text literally, dots and brackets included', () => {
    const pattern = new RegExp(`^${escapeRegExp('н.в. (C++)')}$`);
    expect(pattern.test('н.в. (C++)')).toBe(true);
    expect(pattern.test('нXвX (CC)')).toBe(false);
  });
});
