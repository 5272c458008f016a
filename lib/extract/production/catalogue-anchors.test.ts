import { describe, expect, it } from 'vitest';
import { tokenizeWords } from '../../text/word-tokens';
import { countCatalogueAnchors } from './catalogue-anchors';

const count = (text: string) => countCatalogueAnchors(tokenizeWords(text), text, []);

describe('countCatalogueAnchors', () => {
  it.each([
    ['Deployed the demo UI with Gradio', 1],
    ['Served embeddings from Qdrant and Redis', 2],
  ])('%s -> %i', (text, expected) => {
    expect(count(text)).toBe(expected);
  });

  it.each([['Deployed the model to production'], ['Go deployed it'], ['deployed with gradio']])('finds none in %s', (text) => {
    expect(count(text)).toBe(0);
  });

  it('skips words a phrase match already covers', () => {
    const text = 'Deployed the demo UI with Gradio';
    expect(countCatalogueAnchors(tokenizeWords(text), text, [{ first: 5, last: 6 }])).toBe(0);
  });
});
