import { lookupTool } from './lookup-tool';
import { toolIndex } from './tool-index';
import { lookupKey } from './tool-keys';

export interface ToolNameCheck {
  /** The catalogue's name for the typed spelling ("k8s" -> "Kubernetes"), when the catalogue knows it. */
  canonical?: string;
  /** Up to three close catalogue names when it does not ("Kubernets" -> ["Kubernetes"]). */
  suggestions: string[];
}

const MAX_SUGGESTIONS = 3;

/** Typos allowed for a key of this length: none in a short name ("Go" is not "R"), more in a long one. */
function allowedEdits(length: number): number {
  if (length <= 3) return 0;
  if (length <= 5) return 1;
  if (length <= 10) return 2;
  return 3;
}

/**
 * Edit distance with adjacent transpositions ("pytroch"), or `limit + 1` as soon as it must exceed
 * `limit`: most catalogue keys are dismissed after a row or two.
 */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1);
    current[0] = i;
    let rowMin = current[0];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2] + 1);
      current[j] = d;
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length];
}

/**
 * What the catalogue makes of a tool name typed by a recruiter (a must-have of an opening): its
 * canonical name, or the closest names when it is unknown, so the options page can offer them.
 */
export function checkToolName(typed: string): ToolNameCheck {
  const known = lookupTool(typed.trim());
  if (known) return { canonical: known.name, suggestions: [] };
  const key = lookupKey(typed);
  const limit = allowedEdits(key.length);
  if (limit === 0) return { suggestions: [] };
  const best = new Map<string, number>();
  for (const [spelling, entry] of toolIndex().byLookupKey) {
    const d = editDistance(key, spelling, limit);
    if (d <= limit && d < (best.get(entry.name) ?? Infinity)) best.set(entry.name, d);
  }
  const suggestions = [...best]
    .sort((a, b) => a[1] - b[1] || a[0].length - b[0].length || a[0].localeCompare(b[0]))
    .slice(0, MAX_SUGGESTIONS)
    .map(([name]) => name);
  return { suggestions };
}
