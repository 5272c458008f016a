import { describe, expect, it } from 'vitest';
import { isVerbAt } from './is-verb-at';

describe('isVerbAt', () => {
  it.each([
    ['Helped the team go to production.', 'go', true],
    ['Excel at communication with stakeholders', 'Excel', true],
    ['Automated weekly reports in Excel', 'Excel', false],
    ['Wrote backend services in Go and Python.', 'Go', false],
    ['Scaled training with Ray', 'Ray', false],
  ])('%s (%s)', (sentence, word, expected) => {
    expect(isVerbAt(sentence, sentence.indexOf(word))).toBe(expected);
  });
});
