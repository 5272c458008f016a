export interface WordToken {
  /** Lowercased. */
  word: string;
  /** Offsets into the text that was tokenized. */
  start: number;
  end: number;
}

const NON_ASCII_WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

// ASCII is decided by code ranges; only other characters pay for a Unicode property test.
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return NON_ASCII_WORD_CHAR.test(text[i]);
}

// A word continues across an inner period or apostrophe ("node.js", "1.5", "don't") and across a
// thousands comma between digits ("2,000").
function joinedAt(text: string, i: number): number {
  const ch = text[i];
  if ((ch === '.' || ch === "'" || ch === '’') && i + 1 < text.length && isWordChar(text, i + 1)) return 1;
  if (ch === ',' && isDigit(text.charCodeAt(i - 1))) {
    for (let k = 1; k <= 3; k++) if (!isDigit(text.charCodeAt(i + k))) return 0;
    return isDigit(text.charCodeAt(i + 4)) ? 0 : 1;
  }
  return 0;
}

/**
 * Splits text into lowercased words with offsets; hyphens, slashes and symbols separate words. One pass.
 *
 * Not `Intl.Segmenter`: it was 10 to 14 times slower (the eval set's 3,083 sentences: 37 ms of CPU
 * against 2.6; a 128 kB resume: 23 ms against 2.1; the whole engine on it: 98 ms against 65), and it
 * splits differently where the extractors rely on this: it joins "micro:bit" and "1,2", cuts
 * "exp1.licdn.com", drops "³", and splits Chinese by a dictionary that differs with each ICU version.
 */
export function tokenizeWords(text: string): WordToken[] {
  const out: WordToken[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    if (!isWordChar(text, i)) {
      i++;
      continue;
    }
    const start = i;
    let plainLower = true;
    for (;;) {
      // Each character's code is read once, lower-case letters (most of a text) tested first.
      for (; i < length; i++) {
        const c = text.charCodeAt(i);
        if ((c >= 97 && c <= 122) || isDigit(c)) continue;
        if (c >= 65 && c <= 90) plainLower = false;
        else if (c > 127 && NON_ASCII_WORD_CHAR.test(text[i])) plainLower = false;
        else break;
      }
      if (i < length && joinedAt(text, i) === 1) i++;
      else break;
    }
    const word = text.slice(start, i);
    out.push({ word: plainLower ? word : word.toLowerCase(), start, end: i });
  }
  return out;
}

/**
 * The words of one indexed sentence, tokenized once and shared by every extractor that reads it. Kept on
 * the sentence itself: a WeakMap entry per sentence cost more than the tokenizing it saved.
 */
export function sentenceWords(sentence: { text: string; words?: WordToken[] }): WordToken[] {
  return (sentence.words ??= tokenizeWords(sentence.text));
}

interface TokenizedLine {
  text: string;
  /** Offset into the text the lines were split from. */
  start: number;
  words?: WordToken[];
}

/**
 * The words of lines[from..to] read as one sentence (lines that wrap one statement), offsets relative to
 * the first line, made from each line's own words rather than by tokenizing the joined text again.
 * Equal to tokenizing that text: sentence splitting leaves only spaces, line breaks, bullets and dashes
 * between lines, and none of those joins two words.
 */
export function joinedLineWords(lines: readonly TokenizedLine[], from: number, to: number): WordToken[] {
  const origin = lines[from].start;
  const out = sentenceWords(lines[from]).slice();
  for (let k = from + 1; k <= to; k++) {
    const shift = lines[k].start - origin;
    for (const t of sentenceWords(lines[k])) out.push({ word: t.word, start: t.start + shift, end: t.end + shift });
  }
  return out;
}
