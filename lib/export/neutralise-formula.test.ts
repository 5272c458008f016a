import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula, restoreFormula } from './neutralise-formula';

describe('neutraliseFormula', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","click")', `'=HYPERLINK("http://evil.example","click")`],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['  =1+1', "'  =1+1"],
    ["'=1+1", "''=1+1"],
  ])('neutralises %j', (cell, expected) => {
    expect(neutraliseFormula(cell)).toBe(expected);
  });

  it.each(['Ada Example', 'ML engineer - ranking', 'a=b', 'e-mail: ada@example.com', '', '100%', "'quoted'", "O'Brien"])('leaves %j alone', (cell) => {
    expect(neutraliseFormula(cell)).toBe(cell);
  });
});

describe('restoreFormula', () => {
  it('gives back every cell exactly, whatever it starts with', () => {
    const cell = fc.stringMatching(/^['=+\-@\t\r a-z(]{0,8}$/);
    fc.assert(
      fc.property(cell, (text) => restoreFormula(neutraliseFormula(text)) === text),
      { numRuns: 2000 },
    );
  });

  it('undoes the apostrophe of older exports, which did not escape apostrophes', () => {
    expect(restoreFormula("'- ask about drift")).toBe('- ask about drift');
  });

  it.each(["'quoted'", "O'Brien", "'"])('keeps an apostrophe that does not guard a formula: %j', (cell) => {
    expect(restoreFormula(cell)).toBe(cell);
  });
});
