import type { SectionKind } from '../model/candidate-document';
import { countWords, type IndexedDocument } from '../text/indexed-document';

/** How much of a document the engine could read: what the "Not enough evidence" rules look at. */
export interface Readability {
  words: number;
  /** Words in sentences of at least five words, outside lists (skills, languages, repository files). */
  proseWords: number;
  /** Entries with a title that sit where roles sit (experience, volunteering, dated entries elsewhere). */
  roles: number;
  /** Entries with a title anywhere (roles, repositories, degrees, projects). */
  titled: number;
  /** Share of the non-blank characters that are not text: control characters, U+FFFD, private-use glyphs. */
  garbageShare: number;
  /** Share of the letters written in a script the engine has no words for, and the most common such script. */
  unreadShare: number;
  unreadScript?: string;
}

const PROSE_SENTENCE_WORDS = 5;
const LIST_SECTIONS: ReadonlySet<SectionKind> = new Set(['skills', 'languages', 'artifacts']);
const ROLE_SECTIONS: ReadonlySet<SectionKind> = new Set(['experience', 'volunteering']);

// Scripts by code point range. Latin is read; so is Cyrillic, for which the lexicons carry some words.
const SCRIPTS: readonly [from: number, to: number, name: string | null][] = [
  [0x00c0, 0x024f, null],
  [0x1e00, 0x1eff, null],
  [0x0400, 0x052f, null],
  [0x0370, 0x03ff, 'Greek'],
  [0x0590, 0x05ff, 'Hebrew'],
  [0x0600, 0x077f, 'Arabic'],
  [0x0900, 0x0dff, 'Indic'],
  [0x0e00, 0x0e7f, 'Thai'],
  [0x1100, 0x11ff, 'Korean'],
  [0x3040, 0x30ff, 'Japanese'],
  [0x3130, 0x318f, 'Korean'],
  [0x3400, 0x4dbf, 'Chinese or Japanese'],
  [0x4e00, 0x9fff, 'Chinese or Japanese'],
  [0xac00, 0xd7af, 'Korean'],
  [0xf900, 0xfaff, 'Chinese or Japanese'],
];
const OTHER_LETTER = /\p{L}/u;

function isGarbage(code: number): boolean {
  return (code < 32 && code !== 9 && code !== 10 && code !== 13) || (code >= 0x7f && code <= 0x9f) || code === 0xfffd || (code >= 0xe000 && code <= 0xf8ff);
}

function scriptOf(code: number, ch: string): string | null | undefined {
  for (const [from, to, name] of SCRIPTS) if (code >= from && code <= to) return name;
  return OTHER_LETTER.test(ch) ? 'another script' : undefined;
}

interface CharCounts {
  visible: number;
  garbage: number;
  letters: number;
  unread: Map<string, number>;
}

/** One pass over a text; ASCII is decided by code ranges, only other characters look up a script. */
function countChars(text: string, counts: CharCounts): void {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 10 || code === 13 || code === 9 || code === 160) continue;
    counts.visible++;
    if (isGarbage(code)) {
      counts.garbage++;
      continue;
    }
    if (code < 128) {
      if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) counts.letters++;
      continue;
    }
    // Surrogate pairs (emoji, rare CJK) are symbols here: counting them as letters would misjudge little.
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const script = scriptOf(code, text[i]);
    if (script === undefined) continue;
    counts.letters++;
    if (script !== null) counts.unread.set(script, (counts.unread.get(script) ?? 0) + 1);
  }
}

export function readabilityOf(doc: IndexedDocument): Readability {
  const counts: CharCounts = { visible: 0, garbage: 0, letters: 0, unread: new Map() };
  let proseWords = 0;
  let roles = 0;
  let titled = 0;
  for (const ib of doc.blocks) {
    countChars(ib.block.text, counts);
    if (ib.block.title) titled++;
    if (ib.block.title && (ROLE_SECTIONS.has(ib.section) || (ib.section === 'other' && ib.block.dates))) roles++;
    if (LIST_SECTIONS.has(ib.section)) continue;
    for (const s of ib.sentences) {
      const n = countWords(s.text);
      if (n >= PROSE_SENTENCE_WORDS) proseWords += n;
    }
  }
  let unread = 0;
  let unreadScript: string | undefined;
  for (const [script, n] of counts.unread) {
    unread += n;
    if (!unreadScript || n > (counts.unread.get(unreadScript) ?? 0)) unreadScript = script;
  }
  return {
    words: doc.words,
    proseWords,
    roles,
    titled,
    garbageShare: counts.visible === 0 ? 0 : counts.garbage / counts.visible,
    unreadShare: counts.letters === 0 ? 0 : unread / counts.letters,
    ...(unreadScript ? { unreadScript } : {}),
  };
}
