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

/** The error for a character offset into the text: lines and columns count from 1, as editors show them. */
export function jsonSyntaxErrorAt(text: string, offset: number, detail: string): JsonSyntaxError {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return new JsonSyntaxError(line, offset - lineStart + 1, detail);
}
