import { describe, expect, it } from 'vitest';
import type { Block } from '../../model/candidate-document';
import { entriesShown, parseShowAll } from './detect-truncation';

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

describe('entriesShown', () => {
  const role = (org?: string): Block => ({ id: org ?? 'x', text: 'Role', org });

  it('counts the entries the reader saw on the card when it saw them', () => {
    expect(entriesShown('experience', [role('A'), role('A'), role('B')], 2)).toBe(2);
  });

  it('counts consecutive roles at one company as one entry, as LinkedIn groups them', () => {
    expect(entriesShown('experience', [role('Acme'), role('acme'), role('Bolt'), role('Acme')])).toBe(3);
  });

  it('counts roles without a company one by one, and other sections block by block', () => {
    expect(entriesShown('experience', [role(), role()])).toBe(2);
    expect(entriesShown('skills', [role('A'), role('A')])).toBe(2);
  });
});
