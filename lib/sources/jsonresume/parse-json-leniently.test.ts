import { describe, expect, it } from 'vitest';
import { JsonSyntaxError } from './json-syntax-error';
import { parseJsonLeniently } from './parse-json-leniently';

function syntaxError(text: string): unknown {
  try {
    parseJsonLeniently(text);
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('parseJsonLeniently', () => {
  it('reads strict JSON as is', () => {
    expect(parseJsonLeniently('{"a": [1, 2]}')).toEqual({ value: { a: [1, 2] }, lenient: false });
    for (const text of ['{}', '[]', '"x"', '1e3', '{"a":{"b":[true,false,null]}}', '\uFEFF{"a": 1}']) {
      expect(parseJsonLeniently(text).lenient).toBe(false);
    }
  });

  it('forgives trailing commas and comments, and says so', () => {
    const text = '{\n  // hand edited\n  "work": [{"name": "A, B",},],\n}';
    expect(parseJsonLeniently(text)).toEqual({ value: { work: [{ name: 'A, B' }] }, lenient: true });
    expect(parseJsonLeniently('{"a": "// not a comment", /* note */ "b": 1}')).toEqual({ value: { a: '// not a comment', b: 1 }, lenient: true });
  });

  it.each([
    ['{"a": 1\n "b": 2}', 2, 2, 'expected "," between two values; found "b"'],
    ['{"a": tru}', 1, 7, 'unexpected text; found tru'],
    ['[1, 2', 1, 6, 'the file ends before the JSON is closed (expected "]")'],
    ['{"a": "x"} extra', 1, 12, 'unexpected text; found extra'],
    ['', 1, 1, 'the file ends before the JSON is closed (expected a value)'],
    ['{\n  "a": 1,,\n}', 2, 10, 'expected a property name in double quotes; found ,'],
    ['{"a": 1} /* note', 1, 10, 'a comment that is never closed; found /* note'],
    ["{'a': 1}", 1, 2, "unexpected text; found 'a'"],
  ])('names the line, column and problem in %j', (text, line, column, problem) => {
    const error = syntaxError(text);
    expect(error).toBeInstanceOf(JsonSyntaxError);
    expect(error).toMatchObject({ line, column, message: `Not valid JSON at line ${line}, column ${column}: ${problem}` });
  });

  it('does not mistake a comma between nothing for a trailing comma', () => {
    expect(syntaxError('[1,,2]')).toMatchObject({ line: 1, column: 4 });
    expect(syntaxError('{,}')).toBeInstanceOf(JsonSyntaxError);
  });

  it('survives deep nesting', () => {
    expect(syntaxError('['.repeat(100_000))).toBeInstanceOf(JsonSyntaxError);
    expect(syntaxError(`// deep\n${'['.repeat(100_000)}`)).toMatchObject({ line: 2, column: 1 });
  });
});
