export interface WordToken {
  /** Lowercased. */
  word: string;
  /** Offsets into the text that was tokenized. */
  start: number;
  end: number;
}

// Letters and digits, joined across an inner period or apostrophe ("node.js", "1.5", "don't") and a
// thousands comma ("2,000"). Every repetition consumes a separator first, so matching stays linear.
const WORD = /[\p{L}\p{N}]+(?:[.'’][\p{L}\p{N}]+|,\d{3}(?!\d))*/gu;

/** Splits text into lowercased words with offsets; hyphens, slashes and symbols separate words. */
export function tokenizeWords(text: string): WordToken[] {
  const out: WordToken[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    out.push({ word: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  }
  return out;
}
