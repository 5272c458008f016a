import { describe, expect, it } from 'vitest';
import type { QuarantineEntry } from '../../lib/storage/set-aside';
import { describeSetAside } from './set-aside-banner';

const entry = (repaired: boolean): QuarantineEntry => ({
  key: 'candidate:linkedin:x',
  reason: 'status: invalid',
  at: '2026-01-01T00:00:00.000Z',
  value: {},
  id: 'a',
  repaired,
});

describe('describeSetAside', () => {
  it.each([
    [[entry(false)], '1 saved item could not be read and was set aside; everything else is intact.'],
    [[entry(false), entry(false)], '2 saved items could not be read and were set aside; everything else is intact.'],
    [[entry(true)], '1 damaged candidate was kept with its valid fields and note, the original set aside; everything else is intact.'],
    [
      [entry(true), entry(true), entry(false)],
      '1 saved item could not be read and was set aside; 2 damaged candidates were kept with their valid fields and note, the originals set aside; everything else is intact.',
    ],
  ])('%#: says what was set aside and what was kept', (entries, text) => {
    expect(describeSetAside(entries)).toBe(text);
  });
});
