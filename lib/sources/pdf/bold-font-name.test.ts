import { describe, expect, it } from 'vitest';
import { isBoldFontName } from './bold-font-name';

describe('isBoldFontName', () => {
  it.each([
    ['SIVUPG+Roboto-Bold', true],
    ['Helvetica-Bold', true],
    ['Arial,BoldItalic', true],
    ['WONCLS+CMBX12', true],
    ['EAAAAA+Avenir-Heavy', true],
    ['SourceSans3-Semibold', true],
    ['Helvetica', false],
    ['VZCDWR+CMR10', false],
    ['OWYBUZ+Roboto-Light', false],
    ['AEVFJN+CMTI10', false],
  ])('%s -> %s', (name, bold) => {
    expect(isBoldFontName(name)).toBe(bold);
  });
});
