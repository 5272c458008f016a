import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

describe('splitSentences', () => {
  it.each([
    ['Built a model. Deployed it.', ['Built a model.', 'Deployed it.']],
    ['Reached 0.91 AUC on v2.3 data', ['Reached 0.91 AUC on v2.3 data']],
    ['• Served 12M requests/day\n• Cut cost by 40%', ['Served 12M requests/day', 'Cut cost by 40%']],
    ['Used tools, e.g. Spark and Ray. Then shipped.', ['Used tools, e.g. Spark and Ray.', 'Then shipped.']],
    ['See github.com/ana/repo. Next', ['See github.com/ana/repo.', 'Next']],
    ['Spart 1,2 Mio. € pro Jahr. Danach', ['Spart 1,2 Mio. € pro Jahr.', 'Danach']],
    ['', []],
  ])('%s', (text, expected) => {
    expect(splitSentences(text).map((s) => s.text)).toEqual(expected);
  });

  it('keeps offsets that point back into the text', () => {
    const text = '- first line\n  second line.';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
