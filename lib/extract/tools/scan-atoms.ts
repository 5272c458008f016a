/**
 * A symbol-aware token scan, run before any matching: words keep the symbols that are part of tool
 * names (C++, C#, F#, .NET, kdb+), dotted, hyphenated and underscored names split into atoms joined
 * without a gap (Node.js, scikit-learn), and URLs and e-mail addresses are skipped whole. compromise's
 * match syntax treats `+` and `#` specially, so tool names never go through it.
 */
export interface Atom {
  /** Lower-cased text of the atom. */
  key: string;
  start: number;
  end: number;
  /** What separates this atom from the previous one: nothing, a joiner (. - _), a space, or a break. */
  gap: 'joiner' | 'space' | 'break';
}

/**
 * Non-ASCII characters count as letters except the blocks of punctuation, symbols, bullets, private
 * use glyphs and surrogate halves (emoji): a few comparisons instead of a Unicode regex per character.
 */
function isWordCode(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  if (code < 0xc0) return false;
  if (code === 0xd7 || code === 0xf7) return false;
  if (code >= 0x2000 && code <= 0x2bff) return false;
  if (code >= 0x3000 && code <= 0x303f) return false;
  if (code >= 0xd800 && code <= 0xf8ff) return false;
  if (code >= 0xfe30 && code <= 0xfe6f) return false;
  if (code >= 0xff00 && code <= 0xff0f) return false;
  return code < 0xfff0;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 160 || code === 0x202f || code === 0x2009;
}

/** . - _ */
function isJoinerCode(code: number): boolean {
  return code === 46 || code === 45 || code === 95;
}

function isAsciiWordCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isUpperCode(code: number): boolean {
  return code >= 65 && code <= 90;
}

function isWordAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && isWordCode(text.charCodeAt(i));
}

const DOMAIN_WITH_PATH = /[a-z0-9]\.(?:com|org|io|ai|dev|edu|co|me|app|gov)(?:\/|$|[.,;:)])/;

/** A run of non-space characters that is a URL or an e-mail address: its tool-like parts are not claims. */
export function isAddressChunk(chunk: string): boolean {
  if (chunk.includes('://') || chunk.includes('@')) return true;
  const lower = chunk.toLowerCase();
  if (lower.startsWith('www.')) return true;
  return DOMAIN_WITH_PATH.test(lower) && lower.includes('/');
}

/**
 * End of the run of non-space characters at `i`, negated (as -end - 1) when the run holds a character an
 * address needs: one number per word rather than an object.
 */
function chunkAt(text: string, i: number): number {
  let j = i;
  let addressLike = false;
  for (; j < text.length; j++) {
    const code = text.charCodeAt(j);
    if (isSpace(code) || code === 10 || code === 13) break;
    if (code === 47 || code === 64) addressLike = true;
    else if (code === 46 && !addressLike && (text[j + 1] === 'w' || text[j - 1] === 'w')) addressLike = true;
  }
  return addressLike ? -j - 1 : j;
}

/** Whether any run of the text could hold a character chunkAt takes for an address's. */
function mayHoldAddress(text: string): boolean {
  return text.includes('/') || text.includes('@') || text.includes('w.') || text.includes('.w');
}

function isDigit(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code >= 48 && code <= 57;
}

/** "C++", "C++17", "kdb+", "C#", "F#": the symbols belong to the name unless a letter follows them. */
function symbolSuffixEnd(text: string, i: number): number {
  let j = i;
  if (text[j] === '#') j++;
  else while (text[j] === '+') j++;
  if (isWordAt(text, j) && !isDigit(text, j)) return i;
  while (isDigit(text, j)) j++;
  return j;
}

/** Linear in the text length. */
export function scanAtoms(text: string): Atom[] {
  const atoms: Atom[] = [];
  let gap: Atom['gap'] = 'break';
  // A text without the characters an address needs has no address to skip: it is searched once
  // natively instead of each of its words being scanned twice.
  let chunkLimit = mayHoldAddress(text) ? -1 : text.length;
  let i = 0;
  while (i < text.length) {
    if (i >= chunkLimit) {
      const chunk = chunkAt(text, i);
      const end = chunk < 0 ? -chunk - 1 : chunk;
      if (chunk < 0 && end > i && isAddressChunk(text.slice(i, end))) {
        i = end;
        gap = 'break';
        continue;
      }
      chunkLimit = end > i ? end : i + 1;
    }
    const code = text.charCodeAt(i);
    const ch = text[i];
    if (code >= 128 && isWordCode(code)) {
      // Tool names are written in ASCII: a run of other letters (Cyrillic, CJK, accents) only separates.
      while (i < text.length && text.charCodeAt(i) >= 128 && isWordCode(text.charCodeAt(i))) i++;
      gap = 'break';
      continue;
    }
    if (isAsciiWordCode(code) || (ch === '.' && gap !== 'joiner' && isWordAt(text, i + 1) && !isWordAt(text, i - 1))) {
      const start = i;
      // Most words are already lower case: only the others pay for a second string.
      let upper = isUpperCode(code);
      i++;
      for (; i < text.length && isAsciiWordCode(text.charCodeAt(i)); i++) upper ||= isUpperCode(text.charCodeAt(i));
      // Glue "R&D", "W&B", "AT&T" into one atom so their letters are never read as tools.
      while (text[i] === '&' && isWordAt(text, i + 1) && isWordAt(text, i - 1)) {
        i++;
        for (; i < text.length && isAsciiWordCode(text.charCodeAt(i)); i++) upper ||= isUpperCode(text.charCodeAt(i));
      }
      if (text[i] === '+' || text[i] === '#') i = symbolSuffixEnd(text, i);
      const key = text.slice(start, i);
      atoms.push({ key: upper ? key.toLowerCase() : key, start, end: i, gap });
      gap = isJoinerCode(text.charCodeAt(i)) && isAsciiWordCode(text.charCodeAt(i + 1)) ? 'joiner' : 'space';
      if (gap === 'joiner') i++;
      continue;
    }
    if ((ch === '/' || ch === '&') && atoms.length > 0 && gap !== 'break') {
      atoms.push({ key: ch, start: i, end: i + 1, gap });
      gap = 'space';
      i++;
      continue;
    }
    if (!isSpace(code)) gap = 'break';
    i++;
  }
  return atoms;
}
