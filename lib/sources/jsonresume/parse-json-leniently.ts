import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { jsonSyntaxErrorAt, type JsonSyntaxError } from './json-syntax-error';

export interface LenientParse {
  value: unknown;
  /** True when the file was only readable after forgiving comments or trailing commas. */
  lenient: boolean;
}

// What a recruiter fixing a hand-edited file needs to hear, per jsonc-parser error (by its name: the
// library's error codes are a const enum that this build cannot import).
const PROBLEM: Record<string, string> = {
  InvalidSymbol: 'unexpected text',
  InvalidNumberFormat: 'not a valid number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected ":" after a property name',
  CommaExpected: 'expected "," between two values',
  CloseBraceExpected: 'expected "}"',
  CloseBracketExpected: 'expected "]"',
  EndOfFileExpected: 'unexpected text after the end of the JSON',
  InvalidCommentToken: 'not a valid comment',
  UnexpectedEndOfComment: 'a comment that is never closed',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'a number that ends too early',
  InvalidUnicode: 'an invalid \\u escape',
  InvalidEscapeCharacter: 'an invalid escape after "\\"',
  InvalidCharacter: 'a line break or control character inside a string',
};

function describe(text: string, error: ParseError): JsonSyntaxError {
  const problem = PROBLEM[printParseErrorCode(error.error)] ?? 'not valid JSON';
  if (error.offset >= text.length) return jsonSyntaxErrorAt(text, error.offset, `the file ends before the JSON is closed (${problem})`);
  const found = text.slice(error.offset, error.offset + Math.min(Math.max(error.length, 1), 20)).replace(/\s+/g, ' ');
  return jsonSyntaxErrorAt(text, error.offset, `${problem}; found ${found}`);
}

/** Parses JSON, forgiving comments and trailing commas; anything else fails with its line and column. */
export function parseJsonLeniently(raw: string): LenientParse {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  try {
    return { value: JSON.parse(text), lenient: false };
  } catch {
    // Not strict JSON: read it again forgiving the two slips hand-edited resume files make most.
  }
  const errors: ParseError[] = [];
  let value: unknown;
  try {
    value = parse(text, errors, { allowTrailingComma: true });
  } catch (error) {
    // jsonc-parser recurses once per level: thousands of nested levels (no resume has more than a few)
    // run out of stack. Named at the value that opens them.
    if (error instanceof RangeError) throw jsonSyntaxErrorAt(text, Math.max(0, text.search(/[[{]/)), 'nested thousands of levels deep');
    throw error;
  }
  if (errors.length) throw describe(text, errors[0]);
  return { value, lenient: true };
}
