import { describe, expect, it } from 'vitest';
import { tokenizeWords } from '../../text/word-tokens';
import { countCatalogueAnchors } from './catalogue-anchors';

const count = (text: string) => countCatalogueAnchors(tokenizeWords(text), text, new Set());

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
});
