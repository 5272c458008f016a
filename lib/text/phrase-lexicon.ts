import { tokenizeWords, type WordToken } from './word-tokens';

interface Entry<T> {
  words: string[];
  value: T;
}

/** Phrases indexed by their first word, longest first, so a lookup costs one Map hit per word. */
export type PhraseLexicon<T> = Map<string, Entry<T>[]>;

export interface PhraseMatch<T> {
  value: T;
  /** Token indexes, end exclusive. */
  first: number;
  last: number;
  start: number;
  end: number;
}

export function buildPhraseLexicon<T>(entries: Iterable<readonly [phrase: string, value: T]>): PhraseLexicon<T> {
  const lexicon: PhraseLexicon<T> = new Map();
  for (const [phrase, value] of entries) {
    const words = tokenizeWords(phrase).map((t) => t.word);
    if (words.length === 0) continue;
    const list = lexicon.get(words[0]) ?? [];
    list.push({ words, value });
    lexicon.set(words[0], list);
  }
  for (const list of lexicon.values()) list.sort((a, b) => b.words.length - a.words.length);
  return lexicon;
}

// Words of one phrase may be joined by spaces, hyphens or slashes ("state-of-the-art", "CI/CD"),
// not by commas or other punctuation ("CI, CD" is two items of a list).
function joinsPhrase(text: string, from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch !== ' ' && ch !== '-' && ch !== '/' && ch !== '\u2010' && ch !== '\u2011' && ch !== '\u00a0') return false;
  }
  return true;
}

function matchesAt<T>(entry: Entry<T>, tokens: WordToken[], text: string, i: number): boolean {
  if (i + entry.words.length > tokens.length) return false;
  for (let j = 1; j < entry.words.length; j++) {
    if (tokens[i + j].word !== entry.words[j]) return false;
    if (!joinsPhrase(text, tokens[i + j - 1].end, tokens[i + j].start)) return false;
  }
  return true;
}

/** Longest, non-overlapping phrase matches from left to right; linear in the number of tokens. */
export function matchPhrases<T>(lexicon: PhraseLexicon<T>, tokens: WordToken[], text: string): PhraseMatch<T>[] {
  const out: PhraseMatch<T>[] = [];
  let i = 0;
  while (i < tokens.length) {
    const candidates = lexicon.get(tokens[i].word);
    let entry: Entry<T> | undefined;
    if (candidates) {
      for (const e of candidates) {
        if (matchesAt(e, tokens, text, i)) {
          entry = e;
          break;
        }
      }
    }
    if (!entry) {
      i++;
      continue;
    }
    const last = i + entry.words.length;
    out.push({ value: entry.value, first: i, last, start: tokens[i].start, end: tokens[last - 1].end });
    i = last;
  }
  return out;
}
