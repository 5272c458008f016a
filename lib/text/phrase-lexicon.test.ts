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

  it('stays linear on a long run of phrase prefixes', () => {
    const text = 'state of the '.repeat(50_000);
    const started = performance.now();
    expect(found(text).length).toBe(50_000);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
