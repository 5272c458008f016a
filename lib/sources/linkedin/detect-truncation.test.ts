import { describe, expect, it } from 'vitest';
import { parseShowAll } from './detect-truncation';

describe('parseShowAll', () => {
  it.each([
    ['Show all 8 experiences', { kind: 'experience', total: 8, more: false }],
    ['  Show all 9 licenses &amp; certifications '.replace('&amp;', '&'), { kind: 'certifications', total: 9, more: false }],
    ['Show all 30 skills', { kind: 'skills', total: 30, more: false }],
    ['Show all 3 educations', { kind: 'education', total: 3, more: false }],
    ['Show 2 more experiences', { kind: 'experience', total: 2, more: true }],
  ])('%s', (text, expected) => {
    expect(parseShowAll(text)).toEqual(expected);
  });

  it.each(['Show all companies', 'Show all 3 given', 'Show all posts', 'Show all', 'Show credential'])('ignores %s', (text) => {
    expect(parseShowAll(text)).toBeUndefined();
  });
});
