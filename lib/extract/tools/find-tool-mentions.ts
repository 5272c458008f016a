import { isAddressChunk, type Atom } from './scan-atoms';
import type { IndexedSpelling, ToolIndex } from './tool-index';

export interface ToolMention extends IndexedSpelling {
  /** Offsets into the scanned text. */
  start: number;
  end: number;
  /** Indexes of the first and last atom of the match. */
  firstAtom: number;
  lastAtom: number;
  /** Matched after dropping a version glued to the name ("Python3", "Vue3"). */
  versioned: boolean;
}

const MAX_ATOMS = 8;
const GLUED_VERSION = /^([a-z][a-z+#]{2,})v?\d+$/;

/** A name inside a URL-like or code-like dotted run ("github.com", "torch.nn") is not a claim. */
function sitsInDottedRun(text: string, atoms: readonly Atom[], first: number, last: number): boolean {
  const before = atoms[first];
  const after = atoms[last + 1];
  if (before.gap === 'joiner' && text[before.start - 1] === '.') return true;
  return after !== undefined && after.gap === 'joiner' && text[atoms[last].end] === '.';
}

/** "GitHub: github.com/ana", "GitLab - gitlab.com/ana": a name opening a link's label claims nothing. */
function labelsAnAddress(text: string, end: number): boolean {
  let i = end;
  while (text[i] === ' ') i++;
  if (text[i] !== ':' && text[i] !== '-' && text[i] !== '|') return false;
  i++;
  while (text[i] === ' ') i++;
  let j = i;
  while (j < text.length && text[j] !== ' ' && text[j] !== '\n' && j - i < 300) j++;
  return j > i && isAddressChunk(text.slice(i, j));
}

/** The longest spelling starting at an atom, written into a match the caller reuses for every atom. */
interface Longest {
  spelling: IndexedSpelling | undefined;
  last: number;
}

function longestAt(atoms: readonly Atom[], i: number, index: ToolIndex, found: Longest): void {
  found.spelling = undefined;
  let key = atoms[i].key;
  let node = index.byKey.get(key);
  for (let j = i; node;) {
    if (node.spelling) {
      found.spelling = node.spelling;
      found.last = j;
    }
    const next = atoms[j + 1];
    if (!next || next.gap === 'break' || j + 1 - i >= MAX_ATOMS) break;
    const joined = next.gap === 'joiner';
    if (!(joined ? node.joined : node.spaced).includes(next.key[0])) break;
    key = joined ? key + next.key : `${key} ${next.key}`;
    node = index.byKey.get(key);
    j++;
  }
}

function endsWithDigit(key: string): boolean {
  const code = key.charCodeAt(key.length - 1);
  return code >= 48 && code <= 57;
}

/** "Python3", "Swift5": a version glued to a name of three letters or more makes it unmistakable. */
function versionedAt(atoms: readonly Atom[], i: number, index: ToolIndex): IndexedSpelling | undefined {
  // Most words end in a letter: a character test spares them the regex.
  if (!endsWithDigit(atoms[i].key)) return undefined;
  const bare = GLUED_VERSION.exec(atoms[i].key)?.[1];
  const hit = bare ? index.byKey.get(bare)?.spelling : undefined;
  return hit?.level === 'plain' || hit?.level === 'ambiguous' ? { ...hit, level: 'plain' } : undefined;
}

/**
 * Every catalogue spelling in the atoms, left to right, the longest one winning at each position, up
 * to `limit` of them. Linear.
 */
export function findToolMentions(text: string, atoms: readonly Atom[], index: ToolIndex, limit = Infinity): ToolMention[] {
  const mentions: ToolMention[] = [];
  const found: Longest = { spelling: undefined, last: 0 };
  for (let i = 0; i < atoms.length && mentions.length < limit;) {
    if (atoms[i].key.length > index.longestKey) {
      i++;
      continue;
    }
    longestAt(atoms, i, index, found);
    const versioned = found.spelling ? undefined : versionedAt(atoms, i, index);
    const last = found.spelling ? found.last : i;
    const spelling = found.spelling ?? versioned;
    if (spelling?.level === 'not-a-tool') {
      i = last + 1;
    } else if (spelling && !sitsInDottedRun(text, atoms, i, last) && !(atoms[i].gap === 'break' && labelsAnAddress(text, atoms[last].end))) {
      // Written out rather than spread from the spelling: one allocation with a fixed shape.
      mentions.push({
        entry: spelling.entry,
        level: spelling.level,
        spelling: spelling.spelling,
        start: atoms[i].start,
        end: atoms[last].end,
        firstAtom: i,
        lastAtom: last,
        versioned: versioned !== undefined,
      });
      i = last + 1;
    } else {
      i++;
    }
  }
  return mentions;
}
