import { spanIndexAt } from '../../text/span-index-at';

export interface ListItem {
  start: number;
  end: number;
  words: number;
}

export interface ListShape {
  /** The sentence reads as a list of skills ("Languages: Python, R, SQL"), not as prose. */
  isList: boolean;
  items: ListItem[];
}

/** , ; | ( ) [ ] · • and a tab: compared as character codes, since every character of a sentence is tested. */
function isItemBreak(code: number): boolean {
  switch (code) {
    case 44:
    case 59:
    case 124:
    case 40:
    case 41:
    case 91:
    case 93:
    case 0xb7:
    case 0x2022:
    case 9:
      return true;
    default:
      return false;
  }
}
const MAX_LABEL_CHARS = 40;
const MAX_LABEL_WORDS = 5;

function countWords(text: string, start: number, end: number): number {
  let words = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    const space = code === 32 || code === 160;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** End of a leading "Label:" ("Languages:", "Tech stack:"), or 0 when the sentence has none. */
function labelEnd(text: string): number {
  const colon = text.indexOf(':');
  if (colon <= 0 || colon > MAX_LABEL_CHARS) return 0;
  if (text[colon + 1] !== undefined && text[colon + 1] !== ' ' && text[colon + 1] !== '\u00a0') return 0;
  return countWords(text, 0, colon) <= MAX_LABEL_WORDS ? colon + 1 : 0;
}

/** The next item break at or after `from`, or the end of the text. */
function nextItemBreak(text: string, from: number): number {
  let i = from;
  while (i < text.length && !isItemBreak(text.charCodeAt(i))) i++;
  return i;
}

function isListOf(label: number, items: number, words: number): boolean {
  return (label > 0 && (items >= 2 || words <= 6)) || (items >= 3 && words / items <= 3);
}

/**
 * Whether the sentence reads as a list of skills ("Languages: Python, R, SQL"), not as prose. Counts
 * the items without building them: most sentences only need this answer. Linear in the sentence length.
 */
export function readsAsList(text: string): boolean {
  const label = labelEnd(text);
  let items = 0;
  let words = 0;
  for (let start = label; start <= text.length;) {
    const end = nextItemBreak(text, start);
    const itemWords = countWords(text, start, end);
    if (itemWords > 0) {
      items++;
      words += itemWords;
    }
    start = end + 1;
  }
  return isListOf(label, items, words);
}

function splitItems(text: string, from: number): ListItem[] {
  const items: ListItem[] = [];
  for (let start = from; start <= text.length;) {
    const end = nextItemBreak(text, start);
    const words = countWords(text, start, end);
    if (words > 0) items.push({ start, end, words });
    start = end + 1;
  }
  return items;
}

/** The items of the sentence, and whether they read as a list. Linear in the sentence length. */
export function listShape(text: string): ListShape {
  const label = labelEnd(text);
  const items = splitItems(text, label);
  const words = items.reduce((sum, item) => sum + item.words, 0);
  return { isList: isListOf(label, items.length, words), items };
}

/** The item holding an offset. */
export function itemAt(shape: ListShape, offset: number): ListItem | undefined {
  const index = spanIndexAt(shape.items, offset);
  return index < 0 ? undefined : shape.items[index];
}
