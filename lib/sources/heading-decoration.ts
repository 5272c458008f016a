// What templates draw around a heading word with characters: rules ("Experience ____", "---- EDUCATION ----",
// "━━ Skills"), leaders ("Projects . . . ."), icons and dingbats ("◆ WORK HISTORY", "▸ Projects", private-use
// icon-font glyphs) and brackets.
const EDGE = /^[\p{P}\p{S}\p{Co}\p{Z}\s]+|[\p{P}\p{S}\p{Co}\p{Z}\s]+$/gu;
// "01 Experience", "2. Education", "IV. Skills": a section number before the heading word.
const SECTION_NUMBER = /^(?:\d{1,2}|[ivx]{1,4})(?:[.):]\s*|\s+)(?=\p{L}{2})/iu;
// "Projects (open source)", "Skills [selected] ----": a short qualifier after the heading word.
const QUALIFIER = /\s*[([][^)\]]{1,30}[)\]][^\p{L}\p{N}]*$/u;

/** "E X P E R I E N C E", "W O R K   H I S T O R Y": letters set apart by single spaces, words by wider gaps. */
function undoLetterSpacing(text: string): string {
  return text
    .split(/\s{2,}/)
    .map((group) => (/^(?:\p{L} )+\p{L}$/u.test(group) ? group.replace(/ /g, '') : group))
    .join(' ');
}

/**
 * The heading as a reader compares it: decoration on either side, a section number and a short qualifier
 * removed, letter spacing undone, spaces collapsed. Case is kept for display.
 */
export function stripHeadingDecoration(text: string): string {
  const unqualified = text.replace(QUALIFIER, '');
  let t = (/\p{L}/u.test(unqualified) ? unqualified : text).replace(EDGE, '');
  t = t.replace(SECTION_NUMBER, '').replace(EDGE, '');
  return undoLetterSpacing(t).replace(/\s+/g, ' ');
}
