import type { WordToken } from '../../text/word-tokens';
import { lookupTool } from '../tools/lookup-tool';

const HAS_CAPITAL = /[A-Z]/;

/**
 * Named technologies the production lexicon does not list ("Gradio", "BentoML", "Modal"), read from
 * the tool catalogue. Only capitalised words count and never the first word (a capitalised verb or
 * everyday word such as "Go" or "Spark" is not a product name there), and never a spelling the
 * catalogue marks as ambiguous.
 */
export function countCatalogueAnchors(tokens: WordToken[], text: string, covered: ReadonlySet<number>): number {
  let count = 0;
  for (let i = 1; i < tokens.length; i++) {
    if (covered.has(i)) continue;
    const spelling = text.slice(tokens[i].start, tokens[i].end);
    if (!HAS_CAPITAL.test(spelling)) continue;
    const entry = lookupTool(spelling);
    if (!entry) continue;
    const word = tokens[i].word;
    if (entry.ambiguous.some((a) => a.toLowerCase() === word) || entry.contextOnly.some((a) => a.toLowerCase() === word)) continue;
    count++;
  }
  return count;
}
