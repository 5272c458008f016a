import { describe, expect, it } from 'vitest';
import { describeBuzzwordDensity } from './buzzword-density';

describe('describeBuzzwordDensity', () => {
  it.each([
    [0, '0.0 per 100 words'],
    [12.5, '12.5 per 100 words'],
  ])('%d -> %s', (density, text) => {
    expect(describeBuzzwordDensity(density)).toBe(text);
  });
});
