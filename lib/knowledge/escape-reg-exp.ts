/** The text as a regular expression that matches it literally: how a word table becomes part of a pattern. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
