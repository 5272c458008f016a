import { COMPARATIVE_WORDS } from './lexicon';
import { gluedUnit, spacedUnit, type Unit } from './units';

/**
 * How the characters around a number read, decided while scanning. Anything but `plain` (and
 * `range`) says the digits are part of a name, a date, an identifier or a compound adjective.
 */
export type NumberShape =
  'plain' | 'range' | 'glued-name' | 'hyphen-name' | 'ordinal' | 'version' | 'identifier' | 'fraction' | 'decade' | 'hash' | 'compound' | 'duration-adjective';

export interface NumberToken {
  /** Offsets in the scanned text; the span covers prefix, digits and unit as printed. */
  start: number;
  end: number;
  text: string;
  /** Offset where the digits begin (after any currency or approximation sign). */
  digitsStart: number;
  /** The first number's digits as printed ("2,000", "0.91", ".20"). */
  digits: string;
  value: number;
  /** Digits before the decimal point, commas not counted. */
  integerDigits: number;
  decimals: number;
  hasComma: boolean;
  currency?: string;
  approx: boolean;
  /** "10k+", "5+": an open lower bound. */
  plus: boolean;
  /** "893±130": the printed spread. */
  spread?: string;
  magnitude?: Unit;
  unit?: Unit;
  /** The word after a hyphen in "75-page" or "10-week". */
  hyphenWord?: string;
  shape: NumberShape;
}

const CURRENCY = new Set(['$', '€', '£', '¥', '₹', '₩', '₽']);
/** ISO codes and names written as a word before or after the amount ("USD 2M", "40k EUR"). */
const CURRENCY_WORDS = new Set([
  'usd',
  'eur',
  'gbp',
  'chf',
  'inr',
  'cad',
  'aud',
  'jpy',
  'cny',
  'rmb',
  'sek',
  'nok',
  'dkk',
  'pln',
  'brl',
  'sgd',
  'hkd',
  'nzd',
  'zar',
  'rs',
  'rs.',
  'inr.',
  'dollars',
  'euros',
  'pounds',
  'rupees',
]);
const APPROX = new Set(['~', '∼', '≈', '˜', '≃']);
const DASHES = new Set(['-', '–', '—', '‐', '‑']);
const HYPHENS = new Set(['-', '‐', '‑', '_']);
const ORDINALS = new Set(['st', 'nd', 'rd', 'th']);
const COMPARATIVES = new Set([...COMPARATIVE_WORDS, 'improvement', 'increase', 'speedup', 'as']);

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isDigitAt(s: string, i: number): boolean {
  return i >= 0 && i < s.length && isDigitCode(s.charCodeAt(i));
}

function isAsciiLetterCode(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

// A constant, not a literal in the function: a literal is a new object at every evaluation.
const LETTER = /\p{L}/u;

/** Letters of any script: a digit glued to one is part of a name (S3, H100, Web3, Swift3). */
function isLetterAt(s: string, i: number): boolean {
  if (i < 0 || i >= s.length) return false;
  const code = s.charCodeAt(i);
  if (isAsciiLetterCode(code)) return true;
  return code > 127 && LETTER.test(s[i]);
}

function isUnitLetterAt(s: string, i: number): boolean {
  if (i >= s.length) return false;
  const code = s.charCodeAt(i);
  return isAsciiLetterCode(code) || s[i] === 'µ' || s[i] === 'μ' || s[i] === '×';
}

function readDigits(s: string, i: number): number {
  while (isDigitAt(s, i)) i++;
  return i;
}

/** Thousands groups: ",000" exactly three digits, not followed by a fourth. */
function readGroups(s: string, i: number): number {
  while (s[i] === ',' && isDigitAt(s, i + 1) && isDigitAt(s, i + 2) && isDigitAt(s, i + 3) && !isDigitAt(s, i + 4)) i += 4;
  return i;
}

/**
 * "2,4 millones", "4,8 %", "0,125": a comma before one or two digits, or after a lone zero, is a
 * decimal comma. Three digits after it stay a thousands group ("2,400"), and "1,2,3" is a list.
 */
function decimalCommaEnd(s: string, start: number, comma: number): number | undefined {
  if (s[comma] !== ',' || !isDigitAt(s, comma + 1)) return undefined;
  const end = readDigits(s, comma + 1);
  const fraction = end - comma - 1;
  const loneZero = comma - start === 1 && s[start] === '0';
  if (fraction > 2 && !loneZero) return undefined;
  if ((s[end] === ',' || s[end] === '.') && isDigitAt(s, end + 1)) return undefined;
  if (s[start - 1] === ',' && isDigitAt(s, start - 2)) return undefined;
  return end;
}

function readNumberBody(s: string, i: number): number {
  const start = i;
  const integerEnd = readDigits(s, i);
  i = readGroups(s, integerEnd);
  if (s[i] === '.' && isDigitAt(s, i + 1)) return readDigits(s, i + 1);
  if (i === integerEnd) return decimalCommaEnd(s, start, i) ?? i;
  return i;
}

/** The printed digits as a number a program reads: "2,000" -> "2000", "2,4" -> "2.4". */
const COMMAS = /,/g;

function plainDigits(digits: string): string {
  const comma = digits.indexOf(',');
  if (comma < 0) return digits;
  const isDecimal = digits.indexOf(',', comma + 1) < 0 && !digits.includes('.') && decimalCommaEnd(digits, 0, comma) === digits.length;
  return isDecimal ? digits.replace(',', '.') : digits.replace(COMMAS, '');
}

function readLetters(s: string, i: number): number {
  while (isUnitLetterAt(s, i)) i++;
  return i;
}

function readWord(s: string, i: number): number {
  while (isLetterAt(s, i) || ((s[i] === '-' || s[i] === "'") && isLetterAt(s, i + 1))) i++;
  return i;
}

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\u00a0' || ch === '\u202f' || ch === '\t';
}

/** "USD 2M": a currency word right before the space that precedes the digits. */
function currencyWordBefore(s: string, space: number): string | undefined {
  let i = space;
  while (i > 0 && i > space - 8 && (isLetterAt(s, i - 1) || s[i - 1] === '.')) i--;
  if (isLetterAt(s, i - 1)) return undefined;
  const word = s.slice(i, space);
  return CURRENCY_WORDS.has(word.toLowerCase()) ? word : undefined;
}

/** Where a token's prefix starts: currency and approximation signs, in either order. */
function prefixStart(s: string, digitsStart: number): { start: number; currency?: string; approx: boolean } {
  let start = digitsStart;
  let currency: string | undefined;
  let approx = false;
  if (s[start - 1] === '.' && CURRENCY.has(s[start - 2])) {
    currency = s[start - 2];
    start -= 2;
  } else if (isSpace(s[start - 1])) {
    const code = currencyWordBefore(s, start - 1);
    if (code) return { start: start - 1 - code.length, currency: code, approx: false };
  }
  for (let k = 0; k < 2; k++) {
    const ch = s[start - 1];
    if (ch !== undefined && CURRENCY.has(ch) && !currency) {
      currency = ch;
      start--;
    } else if (ch !== undefined && APPROX.has(ch) && !approx) {
      approx = true;
      start--;
    } else if (isSpace(ch) && APPROX.has(s[start - 2]) && !approx) {
      approx = true;
      start -= 2;
    }
  }
  return { start, currency, approx };
}

// Units set by the scanner itself, shared like the units of the tables in ./units.
const PERCENT: Unit = { family: 'percent', canonical: '%' };
const MULTIPLIER: Unit = { family: 'multiplier', canonical: 'x' };

/** "sub-200ms", "near-100%": a bound written as a prefix, like "under 200 ms". */
const BOUND_PREFIXES = new Set(['sub', 'near']);

function boundPrefixBefore(s: string, hyphen: number): boolean {
  let i = hyphen;
  while (i > 0 && isLetterAt(s, i - 1)) i--;
  return hyphen - i <= 4 && BOUND_PREFIXES.has(s.slice(i, hyphen).toLowerCase());
}

function leftShape(s: string, start: number, hasPrefix: boolean): NumberShape {
  const before = s[start - 1];
  if (before === undefined) return 'plain';
  if (!hasPrefix && isLetterAt(s, start - 1)) return 'glued-name';
  if (HYPHENS.has(before) && boundPrefixBefore(s, start - 1)) return 'plain';
  if (HYPHENS.has(before) && (isLetterAt(s, start - 2) || isDigitAt(s, start - 2))) return 'hyphen-name';
  if (before === '#') return 'hash';
  if (before === '@') return 'glued-name';
  if ((before === "'" || before === '’') && !isLetterAt(s, start - 2)) return 'decade';
  if ((before === '.' || before === '/' || before === ':') && isDigitAt(s, start - 2)) return 'identifier';
  if (before === '/' && isLetterAt(s, start - 2)) return 'glued-name';
  return 'plain';
}

interface Suffix {
  end: number;
  currency?: string;
  magnitude?: Unit;
  unit?: Unit;
  plus: boolean;
  hyphenWord?: string;
  shape?: NumberShape;
}

/** A glued run of letters: a unit, an ordinal, or a name ("3D", "8xA100", "16pt"). */
function readGluedLetters(s: string, i: number, out: Suffix): number {
  const end = readLetters(s, i);
  if (end === i) return i;
  const letters = s.slice(i, end);
  if (ORDINALS.has(letters.toLowerCase())) {
    out.shape = 'ordinal';
    return end;
  }
  const found = gluedUnit(letters);
  if (!found || isDigitAt(s, end)) {
    out.shape = 'glued-name';
    return end;
  }
  if (found.family === 'magnitude' && !out.magnitude && !out.unit) out.magnitude = found;
  else if (!out.unit) out.unit = found;
  else out.shape = 'glued-name';
  return end;
}

const ABBREVIATED_MAGNITUDES = new Set(['mio', 'mrd', 'mln', 'tsd', 'bn', 'mn']);

function magnitudeLetter(word: string): Unit | undefined {
  const found = gluedUnit(word);
  return found?.family === 'magnitude' ? found : undefined;
}

/** A unit written as the next word: "3.6 million", "200 ms", "14 days", "3 times faster". */
function readSpacedUnit(s: string, i: number, out: Suffix): number {
  if (!isSpace(s[i]) || !isLetterAt(s, i + 1)) return i;
  const wordEnd = readWord(s, i + 1);
  const word = s.slice(i + 1, wordEnd);
  if (CURRENCY_WORDS.has(word.toLowerCase()) && !out.unit) {
    out.currency = word;
    return wordEnd;
  }
  // "3,1 M€": a bare magnitude letter after a space reads as one only when a currency follows.
  const found = spacedUnit(word) ?? (CURRENCY.has(s[wordEnd]) ? magnitudeLetter(word) : undefined);
  if (found) {
    if (found.family === 'magnitude' && !out.magnitude && !out.unit) {
      out.magnitude = found;
      // "2 Mio. €", "5 Mrd. EUR": the abbreviation's dot belongs to it.
      const end = s[wordEnd] === '.' && ABBREVIATED_MAGNITUDES.has(word.toLowerCase()) ? wordEnd + 1 : wordEnd;
      return readSpacedUnit(s, end, out);
    }
    if (found.family !== 'magnitude' && !out.unit) {
      out.unit = found;
      return wordEnd;
    }
    return i;
  }
  if ((word.toLowerCase() === 'times' || word === 'x') && isSpace(s[wordEnd])) {
    const nextEnd = readWord(s, wordEnd + 1);
    if (COMPARATIVES.has(s.slice(wordEnd + 1, nextEnd).toLowerCase())) {
      out.unit = MULTIPLIER;
      return wordEnd;
    }
  }
  return i;
}

/** "3,1 M€", "40 €", "2 Mio. EUR": a currency printed after the amount, glued or after a space. */
function readTrailingCurrency(s: string, i: number, out: Suffix): number {
  if (out.currency) return i;
  if (CURRENCY.has(s[i])) {
    out.currency = s[i];
    return i + 1;
  }
  if (isSpace(s[i]) && CURRENCY.has(s[i + 1]) && !isDigitAt(s, i + 2)) {
    out.currency = s[i + 1];
    return i + 2;
  }
  return i;
}

function readSuffix(s: string, i: number): Suffix {
  // Every key declared at once: added as they were found, each suffix took its own shape and parseAt's
  // reads of it went the slow way.
  const out: Suffix = { end: i, currency: undefined, magnitude: undefined, unit: undefined, plus: false, hyphenWord: undefined, shape: undefined };
  if (s[i] === '%' || (isSpace(s[i]) && s[i + 1] === '%')) {
    // "27 %": French, Spanish and German typography put a space before the sign.
    out.unit = PERCENT;
    i += s[i] === '%' ? 1 : 2;
  } else {
    i = readGluedLetters(s, i, out);
    if (out.shape) {
      out.end = i;
      return out;
    }
    i = readTrailingCurrency(s, i, out);
  }
  if (s[i] === '+' && !isDigitAt(s, i + 1)) {
    out.plus = true;
    i++;
    if (!out.unit) {
      i = readGluedLetters(s, i, out);
      if (out.shape) {
        out.end = i;
        return out;
      }
    }
  }
  if (!out.unit && DASHES.has(s[i]) && isLetterAt(s, i + 1)) {
    const wordEnd = readWord(s, i + 1);
    const word = s.slice(i + 1, wordEnd).toLowerCase();
    out.hyphenWord = word;
    if (word === 'fold' || word === 'x') out.unit = MULTIPLIER;
    else out.shape = spacedUnit(word)?.family === 'time' ? 'duration-adjective' : 'compound';
    out.end = wordEnd;
    return out;
  }
  if (!out.unit) i = readSpacedUnit(s, i, out);
  if (!out.unit) i = readTrailingCurrency(s, i, out);
  out.end = i;
  return out;
}

/**
 * "2019-2021", "10–20%", "952-465-8964": a second number after a dash or slash, no spaces. Undefined
 * when none follows, as for most numbers.
 */
function readJoined(s: string, i: number): { end: number; shape: NumberShape } | undefined {
  const joiner = s[i];
  const isDash = joiner !== undefined && DASHES.has(joiner);
  if (!(isDash || joiner === '/' || joiner === ':') || !isDigitAt(s, i + 1)) return undefined;
  let end = readNumberBody(s, i + 1);
  let parts = 2;
  while ((DASHES.has(s[end]) || s[end] === '/' || s[end] === '.' || s[end] === ':') && isDigitAt(s, end + 1)) {
    end = readDigits(s, end + 1);
    parts++;
  }
  if (parts > 2 || joiner === ':') return { end, shape: 'identifier' };
  if (joiner === '/') return { end, shape: 'fraction' };
  return { end, shape: 'range' };
}

function parseAt(s: string, digitsStart: number): NumberToken {
  const prefix = prefixStart(s, digitsStart);
  let shape = leftShape(s, prefix.start, prefix.start !== digitsStart);
  let i = readNumberBody(s, digitsStart);
  if (s[i] === '.' && isDigitAt(s, i + 1)) {
    while (s[i] === '.' && isDigitAt(s, i + 1)) i = readDigits(s, i + 1);
    shape = 'version';
  }
  const digits = s.slice(digitsStart, i);
  let spread: string | undefined;
  if (s[i] === '±' && isDigitAt(s, i + 1)) {
    const spreadEnd = readNumberBody(s, i + 1);
    spread = s.slice(i, spreadEnd);
    i = spreadEnd;
  }
  const joined = readJoined(s, i);
  if (joined) {
    if (shape === 'plain') shape = joined.shape;
    i = joined.end;
  }
  const suffix = readSuffix(s, i);
  if (suffix.shape && shape === 'plain') shape = suffix.shape;
  if (shape === 'plain' && isDigitAt(s, suffix.end)) shape = 'identifier';
  const plain = plainDigits(digits);
  const dot = plain.indexOf('.');
  return {
    start: prefix.start,
    end: suffix.end,
    text: s.slice(prefix.start, suffix.end),
    digitsStart,
    digits: prefix.currency && s[digitsStart - 1] === '.' ? `.${digits}` : digits,
    value: Number(prefix.currency && s[digitsStart - 1] === '.' ? `0.${plain}` : plain) || 0,
    integerDigits: dot < 0 ? plain.length : dot,
    decimals: dot < 0 ? 0 : plain.length - dot - 1,
    // A thousands separator; a decimal comma is read as the point it stands for.
    hasComma: digits.includes(',') && !(plain.includes('.') && !digits.includes('.')),
    currency: prefix.currency ?? suffix.currency,
    approx: prefix.approx,
    plus: suffix.plus,
    spread,
    magnitude: suffix.magnitude,
    unit: suffix.unit,
    hyphenWord: suffix.hyphenWord,
    shape,
  };
}

/** Every number in a sentence, left to right, in one pass. */
export function scanNumbers(s: string): NumberToken[] {
  const out: NumberToken[] = [];
  let i = 0;
  while (i < s.length) {
    if (!isDigitAt(s, i)) {
      i++;
      continue;
    }
    const token = parseAt(s, i);
    out.push(token);
    i = Math.max(token.end, i + 1);
    while (isDigitAt(s, i)) i++;
  }
  return out;
}
