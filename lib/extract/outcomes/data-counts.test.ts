import { describe, expect, it } from 'vitest';
import { countedPhrase } from './candidate';
import { isCorpus, isDataCompound } from './data-counts';
import { candidateFor } from './test-support';

describe('isDataCompound', () => {
  it.each([
    ['Wrote a 600-question evaluation set', '600-question', true],
    ['Curated a 2,500-image test split', '2,500-image', true],
    ['Built a 300-prompt red-team suite', '300-prompt', true],
    ['Wrote a 75-page report', '75-page', false],
    ['Completed a 12-lesson course set', '12-lesson', false],
    ['Indexed 600 questions', '600', false],
  ])('%s: %s -> %s', (sentence, token, expected) => {
    expect(isDataCompound(candidateFor(sentence, token))).toBe(expected);
  });
});

describe('isCorpus', () => {
  const corpus = (sentence: string, token: string) => {
    const c = candidateFor(sentence, token);
    const phrase = countedPhrase(c);
    return isCorpus(c, phrase[phrase.length - 1]);
  };

  it.each([
    ['Indexed 85,000 help-centre articles', '85,000', true],
    ['Searched over 4,000 research papers', '4,000', true],
    ['Embedded 400 internal papers', '400', true],
    ['Published 4 papers', '4', false],
    ['Published 1,200 blog posts', '1,200', false],
    ['Read 30 articles', '30', false],
    ['Indexed 900 invoices', '900', false],
  ])('%s: %s -> %s', (sentence, token, expected) => {
    expect(corpus(sentence, token)).toBe(expected);
  });
});
