import { describe, expect, it } from 'vitest';
import { tokenizeWords } from './word-tokens';

describe('tokenizeWords', () => {
  it.each([
    ['State-of-the-art CI/CD', ['state', 'of', 'the', 'art', 'ci', 'cd']],
    ['Node.js served 2,000+ users; 1.5x faster.', ['node.js', 'served', '2,000', 'users', '1.5x', 'faster']],
    ['Развернул сервис', ['развернул', 'сервис']],
    ['don’t  stop', ['don’t', 'stop']],
    ['', []],
  ])('%s', (text, words) => {
    expect(tokenizeWords(text).map((t) => t.word)).toEqual(words);
  });

  it('keeps offsets into the text', () => {
    const text = '  Deployed (FastAPI) on k8s.';
    for (const t of tokenizeWords(text)) expect(text.slice(t.start, t.end).toLowerCase()).toBe(t.word);
  });
});
