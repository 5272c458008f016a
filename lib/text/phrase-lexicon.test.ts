import { describe, expect, it } from 'vitest';
import { buildPhraseLexicon, matchPhrases } from './phrase-lexicon';
import { tokenizeWords } from './word-tokens';

const lexicon = buildPhraseLexicon<string>([
  ['state of the art', 'sota'],
  ['state', 'state'],
  ['ci cd', 'cicd'],
  ['a b testing', 'ab'],
]);

function found(text: string): string[] {
  return matchPhrases(lexicon, tokenizeWords(text), text).map((m) => `${m.value}:${text.slice(m.start, m.end)}`);
}

describe('matchPhrases', () => {
  it.each([
    ['State-of-the-art models', ['sota:State-of-the-art']],
    ['the state of things', ['state:state']],
    ['CI/CD and A/B testing', ['cicd:CI/CD', 'ab:A/B testing']],
    ['CI, CD', []],
    ['state, of the art', ['state:state']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  // Its time is measured by `npm run bench` (hostile inputs).
  it('finds the shorter phrase in every one of a long run of prefixes of a longer one', () => {
    const text = 'state of the '.repeat(50_000);
    const matches = found(text);
    expect(matches).toHaveLength(50_000);
    expect(new Set(matches)).toEqual(new Set(['state:state']));
  });
});
