import type { SectionKind } from '../model/candidate-document';
import { stripHeadingDecoration } from './heading-decoration';
import {
  HEADING_PHRASES,
  HEADING_QUALIFIERS,
  HEADING_WORDS,
  HeadingRank,
  UNSPACED_HEADING_WORDS,
  type HeadingKind,
  type HeadingWord,
} from '../knowledge/headings/heading-words';

export type { HeadingKind } from '../knowledge/headings/heading-words';

const MAX_LENGTH = 48;
/** Rules and leaders make a heading line long; its words stay within MAX_LENGTH. */
const MAX_DECORATED_LENGTH = 160;
const DIGIT_PAST_NUMBER = /^\P{L}*\p{L}.*\d/u;
const MAX_WORDS = 6;
/** "Machine Learning Projects", "Data Science Experience": words the tables do not know, before the deciding noun. */
const MAX_UNKNOWN_WORDS = 2;
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

function unspacedHeadingKind(text: string): HeadingKind | undefined {
  if (text.replace(/\s/g, '').length > 10) return undefined;
  return UNSPACED_HEADING_WORDS.find(([word]) => text.includes(word))?.[1];
}

function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[\s\-–—'’,:;|·•&+/]+/u)
    .filter(Boolean);
}

/** Each word's heading meaning, two-word names first; undefined for a qualifier; null for an unknown word. */
function meanings(words: string[]): (HeadingWord | undefined | null)[] {
  const out: (HeadingWord | undefined | null)[] = [];
  for (let i = 0; i < words.length; i++) {
    const phrase = i + 1 < words.length ? HEADING_PHRASES.get(`${words[i]} ${words[i + 1]}`) : undefined;
    if (phrase) {
      out.push(phrase, undefined);
      i++;
      continue;
    }
    const word = HEADING_WORDS.get(words[i]);
    out.push(word ?? (HEADING_QUALIFIERS.has(words[i]) ? undefined : null));
  }
  return out;
}

/** What a line says as a heading; `exact` when every word is a heading word or a qualifier. */
export interface HeadingMatch {
  kind: HeadingKind;
  exact: boolean;
}

/**
 * The section a heading introduces, read word by word: decoration and qualifiers set aside, the
 * strongest section word decides, the first of equals wins ("Professional Experience & Projects").
 * A few words the tables do not know may stand before the deciding noun ("Machine Learning Projects"),
 * which makes the match inexact; a sentence or a line with a number is never a heading.
 */
export function headingMatchOf(heading: string): HeadingMatch | undefined {
  // Most lines a reader asks about are no headings: a digit past a leading section number says so cheaply.
  if (heading.length > MAX_DECORATED_LENGTH || DIGIT_PAST_NUMBER.test(heading)) return undefined;
  const text = stripHeadingDecoration(heading);
  if (text.length === 0 || text.length > MAX_LENGTH || /\d/.test(text)) return undefined;
  if (UNSPACED_SCRIPT.test(text)) {
    const kind = unspacedHeadingKind(text);
    return kind && { kind, exact: true };
  }
  const words = wordsOf(text);
  if (words.length === 0 || words.length > MAX_WORDS) return undefined;
  const found = meanings(words);
  let best: HeadingWord | undefined;
  let unknown = 0;
  for (const meaning of found) {
    if (meaning === null) unknown++;
    else if (meaning && (!best || meaning.rank < best.rank)) best = meaning;
  }
  if (!best || unknown > MAX_UNKNOWN_WORDS) return undefined;
  if (unknown > 0) {
    // Unknown words qualify a noun printed after them: "Salary History" and "Experienced engineer" are no headings.
    const last = found[found.length - 1];
    if (!last || last.rank > HeadingRank.Summary) return undefined;
  }
  return { kind: best.kind, exact: unknown === 0 };
}

/** The section (or contact block) a heading introduces, or undefined when the line is no heading. */
export function headingKindOf(heading: string): HeadingKind | undefined {
  return headingMatchOf(heading)?.kind;
}

/** The section a heading introduces, for readers without a contact block of their own. */
export function sectionKindOfHeading(heading: string): SectionKind | undefined {
  const kind = headingKindOf(heading);
  return kind === 'contact' ? 'other' : kind;
}
