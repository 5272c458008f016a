import { describe, expect, it } from 'vitest';
import { governingWord, isDurationDifference, isSystemDuration } from './duration-context';
import { candidateFor } from './test-support';

describe('governingWord', () => {
  it.each([
    ['Built it in just 6 weeks', '6 weeks', 'in'],
    ['Shipped within about 2 days', '2 days', 'within'],
    ['Took 5 hours', '5 hours', 'took'],
  ])('%s -> %s', (sentence, token, word) => {
    expect(governingWord(candidateFor(sentence, token))).toBe(word);
  });
});

describe('isDurationDifference', () => {
  it.each([
    ['Reports land 4 hours earlier', '4 hours', true],
    ['Refunds arrive 2 days sooner', '2 days', true],
    ['Answers in 8 seconds rather than overnight', '8 seconds', true],
    ['Cut the batch from 6 hours to 40 minutes', '6 hours', true],
    ['Delivered the migration in 6 weeks', '6 weeks', false],
    ['Worked 40 hours per week', '40 hours', false],
  ])('%s: %s -> %s', (sentence, token, expected) => {
    expect(isDurationDifference(candidateFor(sentence, token))).toBe(expected);
  });
});

describe('isSystemDuration', () => {
  it.each([
    ['The retrain now finishes in 40 minutes', '40 minutes', true],
    ['Analysts get masks back in 3 seconds', '3 seconds', true],
    ['A full rebuild takes 25 minutes', '25 minutes', true],
    ['Shipped the pipeline in 6 weeks', '6 weeks', false],
    ['Runs weekly office hours for 2 hours', '2 hours', false],
    ['Now 6 weeks into a new role', '6 weeks', false],
    // The clause ends at the comma: "now" belongs to the next one.
    ['Built the MVP within 2 weeks, now used daily', '2 weeks', false],
  ])('%s: %s -> %s', (sentence, token, expected) => {
    expect(isSystemDuration(candidateFor(sentence, token))).toBe(expected);
  });
});
