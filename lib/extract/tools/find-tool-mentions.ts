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

function longestAt(atoms: readonly Atom[], i: number, index: ToolIndex): { spelling: IndexedSpelling; last: number } | undefined {
  let key = atoms[i].key;
  let best: { spelling: IndexedSpelling; last: number } | undefined;
  for (let j = i; ;) {
    const hit = index.byMatchKey.get(key);
    if (hit) best = { spelling: hit, last: j };
    const next = atoms[j + 1];
    if (!next || next.gap === 'break' || j + 1 - i >= MAX_ATOMS) break;
    const follower = next.gap === 'joiner' ? next.key[0] : ` ${next.key[0]}`;
    if (!index.continuations.get(key)?.has(follower)) break;
    const extended = key + (next.gap === 'joiner' ? '' : ' ') + next.key;
    if (!index.prefixes.has(extended)) break;
    key = extended;
    j++;
  }
  return best;
}

/** "Python3", "Swift5": a version glued to a name of three letters or more makes it unmistakable. */
function versionedAt(atoms: readonly Atom[], i: number, index: ToolIndex): IndexedSpelling | undefined {
  const bare = GLUED_VERSION.exec(atoms[i].key)?.[1];
  const hit = bare ? index.byMatchKey.get(bare) : undefined;
  return hit?.level === 'plain' || hit?.level === 'ambiguous' ? { ...hit, level: 'plain' } : undefined;
}

/**
 * Every catalogue spelling in the atoms, left to right, the longest one winning at each position, up
 * to `limit` of them. Linear.
 */
export function findToolMentions(text: string, atoms: readonly Atom[], index: ToolIndex, limit = Infinity): ToolMention[] {
  const mentions: ToolMention[] = [];
  for (let i = 0; i < atoms.length && mentions.length < limit;) {
    if (atoms[i].key.length > index.longestKey) {
      i++;
      continue;
    }
    const found = longestAt(atoms, i, index);
    const versioned = found ? undefined : versionedAt(atoms, i, index);
    const last = found ? found.last : i;
    const spelling = found?.spelling ?? versioned;
    if (spelling?.level === 'not-a-tool') {
      i = last + 1;
    } else if (spelling && !sitsInDottedRun(text, atoms, i, last) && !(atoms[i].gap === 'break' && labelsAnAddress(text, atoms[last].end))) {
      mentions.push({
        ...spelling,
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
