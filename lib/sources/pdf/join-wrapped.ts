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

/** Appends a wrapped line to the text before it, undoing hyphenation where the hyphen only split a word. */
export function joinWrapped(text: string, next: string): string {
  if (text.length === 0) return next;
  if (/\d-$/.test(text) && /^\p{Ll}/u.test(next)) return text + next;
  if (/\p{L}-$/u.test(text)) {
    const before = wordBeforeHyphen(text);
    if (/^\p{Ll}/u.test(next)) return isSplitWord(before, next) ? text.slice(0, -1) + next : text + next;
    if (/^[\p{L}\d]/u.test(next) && /[/.]/.test(text.slice(-40)) && !/\s/.test(text.slice(-20))) return text + next;
  }
  if (/[/]$/.test(text) && !/\s/.test(text.slice(-30))) return text + next;
  return `${text} ${next}`;
}
