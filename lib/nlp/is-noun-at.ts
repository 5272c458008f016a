import { nlp } from './nlp';

interface TermJson {
  tags?: string[];
}

const WINDOW_WORDS = 3;

/** The lower-cased words around `start`: a short window costs a fraction of the sentence. */
function windowAround(sentence: string, start: number): { text: string; index: number } {
  const before = sentence.slice(0, start).split(/\s+/).filter(Boolean).slice(-WINDOW_WORDS);
  const after = sentence
    .slice(start)
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, WINDOW_WORDS + 1);
  return { text: [...before, ...after].join(' ').toLowerCase(), index: before.length };
}

/**
 * Whether compromise reads the word at `start` as a noun ("built etl in spark") rather than a verb
 * or an adjective ("go to production", "a swift response"). The window is lower-cased so that a
 * capital letter does not make every word a proper noun; only a few words are tagged, never the text.
 */
export function isNounAt(sentence: string, start: number): boolean {
  const { text, index } = windowAround(sentence, start);
  const json = nlp(text).json() as Array<{ terms?: TermJson[] }>;
  const tags = json.flatMap((part) => part.terms ?? [])[index]?.tags ?? [];
  return tags.includes('Noun') && !tags.includes('Verb') && !tags.includes('Adjective');
}
