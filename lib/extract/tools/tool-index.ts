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

export interface ToolIndex {
  byMatchKey: Map<string, IndexedSpelling>;
  /** Every prefix of every match key, so that a scan stops extending as soon as nothing can match. */
  prefixes: Set<string>;
  /**
   * What can follow each prefix that is shorter than some match key: its next character, or a space and
   * the character after it. A scan extends a key by the next atom only when this allows it, so most
   * words never build and hash the longer key.
   */
  continuations: Map<string, Set<string>>;
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

/** Longest prefix first: once one is known, all shorter ones are too. */
function addPrefixes(prefixes: Set<string>, continuations: Map<string, Set<string>>, key: string): void {
  // Every prefix, without stopping at a known one: what follows a prefix ending in a space is recorded
  // one prefix earlier.
  for (let n = key.length - 1; n >= 1; n--) {
    const prefix = key.slice(0, n);
    const next = continuations.get(prefix) ?? new Set<string>();
    next.add(key[n] === ' ' ? key.slice(n, n + 2) : key[n]);
    continuations.set(prefix, next);
  }
  for (let n = key.length; n >= 1; n--) {
    const prefix = key.slice(0, n);
    if (prefixes.has(prefix)) return;
    prefixes.add(prefix);
  }
}

const NOT_A_TOOL: ToolEntry = { name: '', category: 'other', aliases: [], ambiguous: [], contextOnly: [], cased: [] };

export function buildToolIndex(catalogue: readonly ToolEntry[], notTools: readonly string[] = []): ToolIndex {
  const byMatchKey = new Map<string, IndexedSpelling>();
  const byLookupKey = new Map<string, ToolEntry>();
  const prefixes = new Set<string>();
  const continuations = new Map<string, Set<string>>();
  const collisions: string[] = [];
  for (const entry of catalogue) {
    for (const spelling of spellingsOf(entry)) {
      const level = levelOf(entry, spelling);
      const key = matchKey(spelling);
      const known = byMatchKey.get(key);
      if (known && known.entry !== entry) collisions.push(`${spelling}: ${known.entry.name} / ${entry.name}`);
      if (!known || (known.entry === entry && CAUTION[level] > CAUTION[known.level])) {
        byMatchKey.set(key, { entry, level, spelling });
        addPrefixes(prefixes, continuations, key);
      }
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
    addPrefixes(prefixes, continuations, key);
  }
  let longestKey = 0;
  for (const key of byMatchKey.keys()) longestKey = Math.max(longestKey, key.length);
  return { byMatchKey, prefixes, continuations, byLookupKey, collisions, longestKey };
}

let shared: ToolIndex | undefined;

/** Built on first use: the catalogue is only indexed when a document is screened. */
export function toolIndex(): ToolIndex {
  shared ??= buildToolIndex(TOOL_CATALOGUE, NOT_TOOL_PHRASES);
  return shared;
}
