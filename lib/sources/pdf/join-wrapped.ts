const SUFFIX = /^(?:tion|tions|sion|sions|ment|ments|ing|ings|ness|able|ible|ized|ised|ization|isation|ation|ations|ally|ity|ities|ance|ence|ure|ures)\b/;

function wordBeforeHyphen(text: string): string {
  const m = /(\p{L}+)-$/u.exec(text);
  return m ? m[1] : '';
}

/**
 * Whether a hyphen at a line's end only splits a word ("pipe-" + "lines") rather than joining a
 * compound ("problem-" + "solving"). Short halves and common suffixes mark a split word.
 */
function isSplitWord(before: string, next: string): boolean {
  const after = /^\p{Ll}+/u.exec(next)?.[0] ?? '';
  if (!before || !after) return false;
  return before.length <= 4 || after.length <= 4 || SUFFIX.test(after);
}

function endsInUrl(text: string): boolean {
  const lastToken = text.slice(text.lastIndexOf(' ') + 1);
  return /[/.]/.test(lastToken) && /\p{L}{2,}\.\p{L}{2,}/u.test(lastToken);
}

/** Appends a wrapped line to the text before it, undoing hyphenation where the hyphen only split a word. */
export function joinWrapped(text: string, next: string): string {
  if (text.length === 0) return next;
  // A URL wrapped at a hyphen or slash continues without a space and keeps its hyphen.
  if (/[-/]$/.test(text) && endsInUrl(text) && /^[\p{L}\d]/u.test(next)) return text + next;
  if (/\d-$/.test(text) && /^\p{Ll}/u.test(next)) return text + next;
  if (/\p{L}-$/u.test(text)) {
    const before = wordBeforeHyphen(text);
    if (/^\p{Ll}/u.test(next)) return isSplitWord(before, next) ? text.slice(0, -1) + next : text + next;
  }
  return `${text} ${next}`;
}
