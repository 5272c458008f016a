import { describe, expect, it } from 'vitest';
import { JsonSyntaxError, locateJsonSyntaxError } from './json-syntax-error';
import { parseJsonLeniently } from './parse-json-leniently';

describe('parseJsonLeniently', () => {
  it('reads strict JSON as is', () => {
    expect(parseJsonLeniently('{"a": [1, 2]}')).toEqual({ value: { a: [1, 2] }, lenient: false });
  });

  it('forgives trailing commas and comments, and says so', () => {
    const text = '{\n  // hand edited\n  "work": [{"name": "A, B",},],\n}';
    expect(parseJsonLeniently(text)).toEqual({ value: { work: [{ name: 'A, B' }] }, lenient: true });
  });

  it.each([
    ['{"a": 1\n "b": 2}', 2, 2],
    ['{"a": tru}', 1, 7],
    ['[1, 2', 1, 6],
    ['{"a": "x"} extra', 1, 12],
    ['', 1, 1],
  ])('names the position of an error in %j', (text, line, column) => {
    const error = (() => {
      try {
        parseJsonLeniently(text);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(JsonSyntaxError);
    expect(error).toMatchObject({ line, column });
  });

  it('accepts what JSON.parse accepts', () => {
    for (const text of ['{}', '[]', '"x"', '1e3', '{"a":{"b":[true,false,null]}}']) expect(locateJsonSyntaxError(text)).toBeUndefined();
  });

  it('survives deep nesting', () => {
    expect(locateJsonSyntaxError('['.repeat(100_000))).toBeInstanceOf(JsonSyntaxError);
  });
});
