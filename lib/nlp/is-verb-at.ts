import { nlp } from './nlp';

interface TermJson {
  text?: string;
  tags?: string[];
}

const WINDOW_WORDS = 3;

/** The words around `start`: tagging a short window costs a fraction of tagging the sentence. */
function windowAround(sentence: string, start: number): { text: string; index: number } {
  const before = sentence.slice(0, start).split(/\s+/).filter(Boolean).slice(-WINDOW_WORDS);
  const after = sentence.slice(start).split(/\s+/).filter(Boolean).slice(0, WINDOW_WORDS + 1);
  return { text: [...before, ...after].join(' '), index: before.length };
}

/**
 * Whether compromise reads the word at `start` of a sentence as a verb or an adjective ("Go to
 * production", "Excel at"), not as a name. Only the few words around it are tagged, never the document.
 */
export function isVerbAt(sentence: string, start: number): boolean {
  const { text, index } = windowAround(sentence, start);
  const json = nlp(text).json() as Array<{ terms?: TermJson[] }>;
  const terms = json.flatMap((part) => part.terms ?? []);
  const tags = terms[index]?.tags ?? [];
  if (tags.includes('ProperNoun')) return false;
  return tags.includes('Verb') || tags.includes('Adjective');
}
