import { describe, expect, it } from 'vitest';
import { EXIT_STATUS, exitStatusOf } from './exit-status';

describe('exitStatusOf', () => {
  it('gives every outcome its own status, distinct from usage errors', () => {
    expect(new Set(Object.values(EXIT_STATUS)).size).toBe(4);
    expect(exitStatusOf(['screened', 'screened'])).toBe(0);
    expect(exitStatusOf(['screened', 'not-enough-text'])).toBe(3);
  });

  it('reports an unreadable file over a file without enough text', () => {
    expect(exitStatusOf(['not-enough-text', 'unreadable', 'screened'])).toBe(1);
  });
});
