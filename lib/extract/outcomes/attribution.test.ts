import { describe, expect, it } from 'vitest';
import type { SectionKind } from '../../model/candidate-document';
import { attributionOf } from './attribution';
import { sentenceContext } from './sentence-words';

describe('attributionOf', () => {
  it.each([
    ['I cut inference cost by 40%', 'summary', 'self'],
    ['Cut inference cost by 40%', 'experience', 'self'],
    ['Leading the rewrite that saved 3 hours a day', 'projects', 'self'],
    ['We cut inference cost by 40%', 'experience', 'team'],
    ['Our platform served 2M users', 'summary', 'team'],
    ['The team shipped 14 models', 'experience', 'team'],
    ['Platform with 2M users', 'experience', 'unknown'],
    ['Cut inference cost by 40%', 'summary', 'unknown'],
  ] as [string, SectionKind, string][])('%s (%s) -> %s', (sentence, section, who) => {
    expect(attributionOf(sentenceContext(sentence), section)).toBe(who);
  });
});
