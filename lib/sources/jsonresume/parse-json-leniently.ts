import { JsonSyntaxError, locateJsonSyntaxError } from './json-syntax-error';

/** Removes comments and trailing commas outside strings: the two slips hand-edited resume files make most. */
function stripCommentsAndTrailingCommas(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"') {
      const start = i++;
      while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
      out += text.slice(start, ++i);
    } else if (ch === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (ch === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
    } else if (ch === ',') {
      let j = i + 1;
      while (j < text.length && /\s/.test(text[j])) j++;
      if (text[j] !== '}' && text[j] !== ']') out += ch;
      i++;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

export interface LenientParse {
  value: unknown;
  /** True when the file was only readable after removing comments or trailing commas. */
  lenient: boolean;
}

/** Parses JSON, forgiving comments and trailing commas; anything else fails with its line and column. */
export function parseJsonLeniently(raw: string): LenientParse {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  try {
    return { value: JSON.parse(text), lenient: false };
  } catch {
    try {
      return { value: JSON.parse(stripCommentsAndTrailingCommas(text)), lenient: true };
    } catch {
      throw locateJsonSyntaxError(text) ?? new JsonSyntaxError(1, 1, 'unreadable JSON');
    }
  }
}
