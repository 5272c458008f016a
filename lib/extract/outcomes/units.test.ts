import { describe, expect, it } from 'vitest';
import { gluedUnit, isCalendarUnit, isShortTimeUnit, spacedUnit } from './units';

describe('units', () => {
  it.each([
    ['M', 'magnitude', 'm'],
    ['MB', 'size', 'mb'],
    ['Mb', 'size', 'mb'],
    ['ms', 'time', 'ms'],
    ['%', 'percent', '%'],
    ['pp', 'percent', 'pp'],
    ['×', 'multiplier', 'x'],
    ['fps', 'rate', 'fps'],
  ])('glued %s is %s', (letters, family, canonical) => {
    expect(gluedUnit(letters)).toEqual({ family, canonical });
  });

  it.each(['D', 'pt', 'th', 'GPT'])('glued %s is not a unit', (letters) => {
    expect(gluedUnit(letters)).toBeUndefined();
  });

  it.each([
    ['million', 'magnitude'],
    ['Hours', 'time'],
    ['person-hours', 'time'],
    ['terabytes', 'size'],
    ['percent', 'percent'],
    ['pp', 'percent'],
    ['ano', 'time'],
    ['mês', 'time'],
    ['Stunde', 'time'],
  ])('spaced %s is %s', (word, family) => {
    expect(spacedUnit(word)?.family).toBe(family);
  });

  it.each(['users', 'x', 'models'])('spaced %s is not a unit', (word) => {
    expect(spacedUnit(word)).toBeUndefined();
  });

  it('tells calendar units from short latency units', () => {
    expect([isCalendarUnit('y'), isCalendarUnit('mo'), isCalendarUnit('h')]).toEqual([true, true, false]);
    expect([isShortTimeUnit('ms'), isShortTimeUnit('s'), isShortTimeUnit('min')]).toEqual([true, true, false]);
  });
});
