import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';
import { joinedLineWords, tokenizeWords, type WordToken } from './word-tokens';

// Invented lines that exercise every branch of the tokenizer: case, digits, inner periods and apostrophes,
// thousands commas, symbols, and words in other scripts (letters, digits and combining marks).
const VARIED = [
  'Cut p99 latency by ~50% for 1,200 RPS; saved $3.5M a year.',
  'Grew MAU from 12,000 to 1,20,000 and 1,2345 rows (v2.10.3, Node.js).',
  "Don't stop: O'Reilly’s guide, rock 'n' roll, trailing' quote.",
  'Développé un modèle pour 2 000 utilisateurs — précision 93,5 %.',
  'Развернул сервис на Kubernetes, 10K RPS, R² = 0.91, m³ and ½ cup.',
  'हिन्दी में मॉडल तैनात किया, ٣٤٥ طلب, 数据管道处理 5TB 日志',
  'e\u0301te\u0301 café Straße İstanbul ǅemal ΣΊΣΥΦΟΣ',
  'exp1.licdn.com/a_b-c+d#e @home micro:bit 3.14. end.',
  '',
  '   ...,,,   ',
  '9,999,99 and 1,000, and 12,3456 then 4,567.',
];

// The tokenizer as it stood before it read each character's code once; the current one must split every
// text the same way.
const NON_ASCII_WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return NON_ASCII_WORD_CHAR.test(text[i]);
}
function joinedAt(text: string, i: number): number {
  const ch = text[i];
  if ((ch === '.' || ch === "'" || ch === '’') && i + 1 < text.length && isWordChar(text, i + 1)) return 1;
  if (ch === ',' && isDigit(text.charCodeAt(i - 1))) {
    for (let k = 1; k <= 3; k++) if (!isDigit(text.charCodeAt(i + k))) return 0;
    return isDigit(text.charCodeAt(i + 4)) ? 0 : 1;
  }
  return 0;
}
function previousTokenizer(text: string): WordToken[] {
  const out: WordToken[] = [];
  let i = 0;
  while (i < text.length) {
    if (!isWordChar(text, i)) {
      i++;
      continue;
    }
    const start = i;
    for (;;) {
      while (i < text.length && isWordChar(text, i)) i++;
      if (i < text.length && joinedAt(text, i) === 1) i++;
      else break;
    }
    out.push({ word: text.slice(start, i).toLowerCase(), start, end: i });
  }
  return out;
}

describe('tokenizeWords', () => {
  it.each([
    ['State-of-the-art CI/CD', ['state', 'of', 'the', 'art', 'ci', 'cd']],
    ['Node.js served 2,000+ users; 1.5x faster.', ['node.js', 'served', '2,000', 'users', '1.5x', 'faster']],
    ['Развернул сервис', ['развернул', 'сервис']],
    ['don’t  stop', ['don’t', 'stop']],
    ['Cut p99 by ~50% for $3.5M', ['cut', 'p99', 'by', '50', 'for', '3.5m']],
    ['', []],
  ])('%s', (text, words) => {
    expect(tokenizeWords(text).map((t) => t.word)).toEqual(words);
  });

  it('keeps offsets into the text', () => {
    const text = '  Deployed (FastAPI) on k8s.';
    for (const t of tokenizeWords(text)) expect(text.slice(t.start, t.end).toLowerCase()).toBe(t.word);
  });

  it.each(VARIED)('splits %j as the previous tokenizer did', (text) => {
    expect(tokenizeWords(text)).toEqual(previousTokenizer(text));
  });
});

describe('joinedLineWords', () => {
  const block = [
    '• Implemented the ranking service into production to be used by',
    '  thousands of staff across 1,200 stores;',
    '- and cut p99 latency by ~50%, saving $3.5M',
    '* développé en Python: don’t',
    "'quoted' lines, R² 0.91",
  ].join('\n');
  const lines = splitSentences(block);

  it('gives the words of the joined text, offsets from the first line', () => {
    expect(lines.length).toBe(5);
    for (let from = 0; from < lines.length; from++) {
      for (let to = from; to < lines.length; to++) {
        const joined = block.slice(lines[from].start, lines[to].end);
        expect(joinedLineWords(lines, from, to)).toEqual(tokenizeWords(joined));
      }
    }
  });

  it('leaves each line its own words', () => {
    joinedLineWords(lines, 1, 3);
    expect(lines[2].words).toEqual(tokenizeWords(lines[2].text));
  });
});
