import type { WordToken } from '../../text/word-tokens';
import { lookupTool } from '../tools/lookup-tool';

/** Token spans already read as something else, in token order (phrase matches). */
export interface CoveredSpan {
  first: number;
  last: number;
}

// Asked on the text itself, so that only capitalised words are copied out for the catalogue look-up.
function hasCapital(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 65 && code <= 90) return true;
  }
  return false;
}

/**
 * Named technologies the production lexicon does not list ("Gradio", "BentoML", "Modal"), read from
 * the tool catalogue. Only capitalised words count and never the first word (a capitalised verb or
 * everyday word such as "Go" or "Spark" is not a product name there), and never a spelling the
 * catalogue marks as ambiguous. Words inside `covered` (sorted, not overlapping) are skipped.
 */
export function countCatalogueAnchors(tokens: WordToken[], text: string, covered: readonly CoveredSpan[]): number {
  let count = 0;
  let span = 0;
  for (let i = 1; i < tokens.length; i++) {
    while (span < covered.length && covered[span].last <= i) span++;
    if (span < covered.length && covered[span].first <= i) continue;
    if (!hasCapital(text, tokens[i].start, tokens[i].end)) continue;
    const entry = lookupTool(text.slice(tokens[i].start, tokens[i].end));
    if (!entry) continue;
    const word = tokens[i].word;
    if (entry.ambiguous.some((a) => a.toLowerCase() === word) || entry.contextOnly.some((a) => a.toLowerCase() === word)) continue;
    count++;
  }
  return count;
}
