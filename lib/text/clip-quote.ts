const QUOTE_CHARS = 120;

/** A quote flattened to one line and short enough for a one-line reason. */
export function clipQuote(text: string, max = QUOTE_CHARS): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
