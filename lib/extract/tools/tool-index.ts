import { TOOL_CATALOGUE } from '../../knowledge/tools/catalogue';
import { NOT_TOOL_PHRASES } from '../../knowledge/tools/catalogue/not-tools';
import { spellingsOf, type ToolEntry } from '../../knowledge/tools/tool-entry';
import { lookupKey, matchKey } from './tool-keys';

/** How much context a spelling needs before it counts: none, some (a common word), or a neighbouring tool. */
export type SpellingLevel = 'plain' | 'cased' | 'ambiguous' | 'context-only' | 'not-a-tool';

export interface IndexedSpelling {
  entry: ToolEntry;
  level: SpellingLevel;
  /** The spelling as written in the catalogue, for its capitalisation. */
  spelling: string;
}

/**
 * One Map entry per prefix of every match key: a scan that extends a key atom by atom asks one Map per
 * atom whether the key so far is a spelling and whether any spelling goes on from it, and checks what
 * may follow with a character test instead of building and hashing the longer key.
 */
export interface KeyNode {
  /** Set when the key is a whole match key. */
  spelling: IndexedSpelling | undefined;
  /** First characters of what can follow the key directly ("node" + "js"). */
  joined: string;
  /** First characters of what can follow the key after a space ("power" + " bi"). */
  spaced: string;
}

export interface ToolIndex {
  /** Every prefix of every match key, whole keys carrying their spelling. */
  byKey: Map<string, KeyNode>;
  byLookupKey: Map<string, ToolEntry>;
  /** Spellings that two different entries claim; the catalogue test keeps this empty. */
  collisions: string[];
  /** Length of the longest match key: a longer word cannot start a tool's name. */
  longestKey: number;
}

const CAUTION: Record<SpellingLevel, number> = { plain: 0, cased: 1, ambiguous: 2, 'context-only': 3, 'not-a-tool': 4 };

function levelOf(entry: ToolEntry, spelling: string): SpellingLevel {
  if (entry.contextOnly.includes(spelling)) return 'context-only';
  if (entry.ambiguous.includes(spelling)) return 'ambiguous';
  if (entry.cased.includes(spelling)) return 'cased';
  return 'plain';
}

function nodeOf(byKey: Map<string, KeyNode>, key: string): KeyNode {
  let node = byKey.get(key);
  if (!node) {
    node = { spelling: undefined, joined: '', spaced: '' };
    byKey.set(key, node);
  }
  return node;
}

/** Records every prefix of the key with what follows it there; a prefix ending in a space records nothing, its shorter neighbour does. */
function addPrefixes(byKey: Map<string, KeyNode>, key: string): void {
  nodeOf(byKey, key);
  for (let n = key.length - 1; n >= 1; n--) {
    const node = nodeOf(byKey, key.slice(0, n));
    if (key[n] === ' ') {
      if (!node.spaced.includes(key[n + 1])) node.spaced += key[n + 1];
    } else if (!node.joined.includes(key[n])) node.joined += key[n];
  }
}

const NOT_A_TOOL: ToolEntry = { name: '', category: 'other', aliases: [], ambiguous: [], contextOnly: [], cased: [] };

export function buildToolIndex(catalogue: readonly ToolEntry[], notTools: readonly string[] = []): ToolIndex {
  const byMatchKey = new Map<string, IndexedSpelling>();
  const byLookupKey = new Map<string, ToolEntry>();
  const collisions: string[] = [];
  for (const entry of catalogue) {
    for (const spelling of spellingsOf(entry)) {
      const level = levelOf(entry, spelling);
      const key = matchKey(spelling);
      const known = byMatchKey.get(key);
      if (known && known.entry !== entry) collisions.push(`${spelling}: ${known.entry.name} / ${entry.name}`);
      if (!known || (known.entry === entry && CAUTION[level] > CAUTION[known.level])) byMatchKey.set(key, { entry, level, spelling });
      const loose = lookupKey(spelling);
      const owner = byLookupKey.get(loose);
      if (owner && owner !== entry) collisions.push(`${spelling} (lookup): ${owner.name} / ${entry.name}`);
      if (!owner) byLookupKey.set(loose, entry);
    }
  }
  for (const phrase of notTools) {
    const key = matchKey(phrase);
    if (byMatchKey.has(key)) collisions.push(`${phrase}: not a tool / ${byMatchKey.get(key)?.entry.name}`);
    byMatchKey.set(key, { entry: NOT_A_TOOL, level: 'not-a-tool', spelling: phrase });
  }
  const byKey = new Map<string, KeyNode>();
  let longestKey = 0;
  for (const [key, spelling] of byMatchKey) {
    addPrefixes(byKey, key);
    nodeOf(byKey, key).spelling = spelling;
    longestKey = Math.max(longestKey, key.length);
  }
  return { byKey, byLookupKey, collisions, longestKey };
}

let shared: ToolIndex | undefined;

/** Built on first use: the catalogue is only indexed when a document is screened. */
export function toolIndex(): ToolIndex {
  shared ??= buildToolIndex(TOOL_CATALOGUE, NOT_TOOL_PHRASES);
  return shared;
}
