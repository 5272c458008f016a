import compromise from 'compromise';
import { TOOL_CATALOGUE } from '../knowledge/tools/catalogue';
import { spellingsOf } from '../knowledge/tools/tool-entry';

type Compromise = typeof compromise;
export type NlpView = ReturnType<Compromise>;

/** Single plain words of the catalogue ("pytorch", "kubernetes"), so compromise reads them as nouns. */
function toolLexicon(): Record<string, string> {
  const words: Record<string, string> = {};
  for (const entry of TOOL_CATALOGUE) {
    for (const spelling of spellingsOf(entry)) {
      if (entry.ambiguous.includes(spelling) || entry.contextOnly.includes(spelling)) continue;
      if (!/^[A-Za-z][A-Za-z0-9]+$/.test(spelling)) continue;
      words[spelling.toLowerCase()] = 'Tool';
    }
  }
  return words;
}

let configured: Compromise | undefined;

/**
 * The project's one compromise instance: the `Tool` tag and the tool lexicon are registered here
 * and nowhere else, on first use, so that screening code that never needs part-of-speech tags
 * never pays for them.
 */
function getNlp(): Compromise {
  if (!configured) {
    compromise.plugin({ tags: { Tool: { isA: 'ProperNoun' } }, words: toolLexicon() });
    configured = compromise;
  }
  return configured;
}

/** Parses one short text (a sentence, never a whole document). */
export function nlp(text: string): NlpView {
  return getNlp()(text);
}
