import { describe, expect, it } from 'vitest';
import { isNounAt } from './is-noun-at';

describe('isNounAt', () => {
  it.each([
    ['built etl jobs using spark for reporting', 'spark', true],
    ['automated weekly reports in excel weekly', 'excel', true],
    ['wrote the service in go last year', 'go', true],
    ['helped the team go to production', 'go', false],
    ['delivered a swift response to incidents', 'swift', false],
    ['i excel at stakeholder management', 'excel', false],
  ])('%s (%s)', (sentence, word, expected) => {
    expect(isNounAt(sentence, sentence.indexOf(word))).toBe(expected);
  });
});
