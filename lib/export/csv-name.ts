/**
 * First and last name for an ATS that wants them apart: the first word, and the rest. Joining the two
 * with one space gives the name back, so a round trip loses nothing.
 */
export function splitName(name: string | undefined): { first: string; last: string } {
  const text = name ?? '';
  const space = text.indexOf(' ');
  return space < 0 ? { first: text, last: '' } : { first: text.slice(0, space), last: text.slice(space + 1) };
}

export function joinName(first: string, last: string): string | undefined {
  return [first, last].filter((part) => part.length > 0).join(' ') || undefined;
}
