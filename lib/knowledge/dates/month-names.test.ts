import { describe, expect, it } from 'vitest';
import { isDateWord, isDateWordInProse, isPresentWord, monthNumber } from './month-names';

describe('monthNumber', () => {
  it.each([
    ['Jan', 1],
    ['sept.', 9],
    ['março', 3],
    ['décembre', 12],
    ['июня', 6],
    ['październik', 10],
  ] as const)('%s is month %i', (word, month) => {
    expect(monthNumber(word)).toBe(month);
  });

  it('a word that is no month gives undefined', () => {
    expect(monthNumber('Python')).toBeUndefined();
  });
});

describe('isDateWord', () => {
  it('takes seasons as well as months', () => {
    expect(isDateWord('Summer')).toBe(true);
    expect(isDateWord('Herbst')).toBe(true);
    expect(isDateWord('Team')).toBe(false);
  });
});

describe('isDateWordInProse', () => {
  it.each(['May', 'marzo', 'janvier', 'Oct.', 'spring'])('%s beside a number is a date', (word) => {
    expect(isDateWordInProse(word)).toBe(true);
  });

  it.each(['out', 'set', 'ago'])('"%s" is an everyday word, not a month, beside a number', (word) => {
    expect(isDateWordInProse(word)).toBe(false);
    expect(isDateWord(word)).toBe(true);
  });
});

describe('isPresentWord', () => {
  it('reads the words that close an ongoing range', () => {
    expect(isPresentWord(' Present ')).toBe(true);
    expect(isPresentWord('по настоящее время')).toBe(true);
    expect(isPresentWord('2021')).toBe(false);
  });
});
