import { lookupTool } from './lookup-tool';
import { toolIndex } from './tool-index';
import { lookupKey } from './tool-keys';

export interface ToolNameCheck {
  /** The catalogue's name for what was typed, when the catalogue knows the spelling ("k8s" -> "Kubernetes"). */
  canonical?: string;
  /** Close catalogue names for a spelling it does not know, nearest first ("Kubernets" -> ["Kubernetes"]). */
  suggestions: string[];
}

const MAX_SUGGESTIONS = 3;

// A typo costs about one edit per four letters; short names get one edit so "Go" does not suggest "R".
function allowedEdits(length: number): number {
  if (length <= 2) return 0;
  if (length <= 5) return 1;
  return Math.min(3, Math.floor(length / 4));
}

/**
 * Edit distance where swapping two neighbouring letters is one edit ("Pytroch"), as typing slips are
 * (optimal string alignment), or `limit + 1` as soon as it must exceed `limit`.
 */
export function boundedEditDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let previousMin = 0;
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, beforePrevious[j - 2] + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    // Later rows build on this row, or (a swap) on the one before it plus one edit.
    if (rowMin > limit && previousMin >= limit) return limit + 1;
    previousMin = rowMin;
    beforePrevious = previous;
    previous = current;
  }
  return Math.min(previous[b.length], limit + 1);
}

/**
 * Checks a tool name as a recruiter types it against the catalogue's names and aliases: a known
 * spelling gives its canonical name; an unknown one gives the nearest names by edit distance over
 * the same keys the engine looks tools up by (case, spaces and punctuation ignored).
 */
export function suggestToolNames(typed: string): ToolNameCheck {
  const known = lookupTool(typed.trim());
  if (known) return { canonical: known.name, suggestions: [] };
  const key = lookupKey(typed);
  const limit = allowedEdits(key.length);
  if (limit === 0) return { suggestions: [] };
  const nearest = new Map<string, number>();
  for (const [spellingKey, entry] of toolIndex().byLookupKey) {
    const distance = boundedEditDistance(key, spellingKey, limit);
    if (distance > limit) continue;
    nearest.set(entry.name, Math.min(distance, nearest.get(entry.name) ?? Infinity));
  }
  const suggestions = [...nearest.entries()]
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
    .slice(0, MAX_SUGGESTIONS)
    .map(([name]) => name);
  return { suggestions };
}
