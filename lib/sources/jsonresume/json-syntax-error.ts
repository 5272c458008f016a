export class JsonSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly column: number,
    detail: string,
  ) {
    super(`Not valid JSON at line ${line}, column ${column}: ${detail}`);
    this.name = 'JsonSyntaxError';
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Finds where a text stops being JSON. V8's messages do not always carry a position, and a recruiter
 * fixing a hand-written resume file needs one. Iterative (explicit stack) so deep nesting cannot overflow.
 */
export function locateJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  let i = 0;
  const fail = (detail: string) => {
    const { line, column } = lineAndColumn(text, i);
    return new JsonSyntaxError(line, column, detail);
  };
  const skipSpace = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const readString = (): boolean => {
    i++;
    while (i < text.length) {
      const ch = text[i];
      if (ch === '"') {
        i++;
        return true;
      }
      if (ch === '\\') i++;
      else if (ch < ' ') return false;
      i++;
    }
    return false;
  };
  const readLiteral = (): boolean => {
    const m = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 64));
    if (!m) return false;
    i += m[0].length;
    return true;
  };
  type Frame = { kind: 'object' | 'array'; expect: 'first' | 'value' | 'comma' };
  const stack: Frame[] = [];
  skipSpace();
  for (;;) {
    const top = stack[stack.length - 1];
    skipSpace();
    if (i >= text.length) return stack.length === 0 ? undefined : fail('the file ends before the JSON is closed');
    const ch = text[i];
    if (top && top.expect === 'comma') {
      const closer = top.kind === 'object' ? '}' : ']';
      if (ch === closer) {
        i++;
        stack.pop();
        const parent = stack[stack.length - 1];
        if (parent) parent.expect = 'comma';
        else {
          skipSpace();
          return i < text.length ? fail('unexpected text after the end of the JSON') : undefined;
        }
        continue;
      }
      if (ch !== ',') return fail(`expected "," or "${closer}"`);
      i++;
      top.expect = 'value';
      continue;
    }
    if (top && top.expect === 'first' && ch === (top.kind === 'object' ? '}' : ']')) {
      top.expect = 'comma';
      continue;
    }
    if (top?.kind === 'object') {
      if (ch !== '"') return fail(top.expect === 'value' ? 'a trailing comma or a missing property name' : 'expected a property name in double quotes');
      if (!readString()) return fail('unterminated string');
      skipSpace();
      if (text[i] !== ':') return fail('expected ":" after a property name');
      i++;
      skipSpace();
    } else if (top?.kind === 'array' && top.expect === 'value' && ch === ']') {
      return fail('a trailing comma before "]"');
    }
    const v = text[i];
    if (v === '{' || v === '[') {
      i++;
      if (top) top.expect = 'comma';
      stack.push({ kind: v === '{' ? 'object' : 'array', expect: 'first' });
      continue;
    }
    if (v === '"' ? !readString() : !readLiteral()) return fail(v === '"' ? 'unterminated string' : `unexpected character ${JSON.stringify(v ?? '')}`);
    if (!top) {
      skipSpace();
      return i < text.length ? fail('unexpected text after the end of the JSON') : undefined;
    }
    top.expect = 'comma';
  }
}
