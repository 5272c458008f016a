import type { SectionKind } from '../../model/candidate-document';
import { isDateWordInProse } from '../../knowledge/dates/month-names';
import { adjacentWordBefore, countedPhrase, nearHasStem, nearHasWord, wordAfter, wordBefore, type Candidate } from './candidate';
import { isCorpus, isDataCompound } from './data-counts';
import { governingWord, isDurationDifference, isSystemDuration } from './duration-context';
import { isHeadcount, OF_WORDS } from './headcount';
import {
  ADDRESS_WORDS,
  BULLET_VERBS,
  CLOCK_WORDS,
  CALENDAR_RESULT_STEMS,
  EFFORT_PREPOSITIONS,
  FOUNDED_WORDS,
  GRADE_WORDS,
  LATENCY_WORDS,
  METRIC_WORDS,
  FISCAL_PERIODS,
  NOT_OUTCOME_COUNTS,
  PERSONAL_MONEY,
  QUANTIFIERS,
  RANK_WORDS,
  RESULT_STEMS,
  SCORE_WORDS,
  TIME_RESULT_STEMS,
} from './lexicon';
import { isSkillLevel } from './skill-level';
import type { NumberToken } from './number-tokens';
import { sentenceHasStem, sentenceHasWord, sentenceMatches } from './sentence-words';
import { isCalendarUnit, isShortTimeUnit } from './units';

/** A reason a number is not a claimed result, checked before anything else. */
export interface ExclusionRule {
  id: string;
  applies: (c: Candidate) => boolean;
}

/**
 * Sections whose numbers are grades, dates, levels or counts of honours. A sentence there that opens with
 * a verb and states a result ("Reduced inference cost by 40%" printed under Skills or Achievements) is a
 * claim of work all the same: a section label never drops it.
 */
const SECTIONS_WITHOUT_OUTCOMES = new Set<SectionKind>(['awards', 'publications', 'certifications', 'languages', 'skills']);
const DATA_WORDS = new Set(['size', 'data', 'dataset', 'datasets', 'storage', 'disk', 'corpus', 'logs', 'files']);
const MEMORY_WORDS = new Set(['ram', 'vram', 'memory', 'gddr', 'gddr6', 'hbm', 'ddr4', 'ddr5']);
/** A phone number's "+" starts it: the "+" of "C++20" follows a letter or another "+". */
const CONTACT = /\w@\w|https?:|www\.|\(\d{3}\)|(?<![\w+])\+\d{1,3}[\s(-]*\d/i;
/** Percentages that describe working terms, not results: "100% remote", "15% equity". */
const TERMS_WORDS = new Set([
  'remote',
  'discount',
  'travel',
  'commission',
  'equity',
  'stake',
  'ownership',
  'vat',
  'tax',
  'pension',
  'contribution',
  'contributions',
  'match',
  'matched',
  'allocation',
  'fte',
]);

const isBare = (t: NumberToken) => !t.unit && !t.magnitude && !t.currency && !t.approx && !t.spread;
const isTime = (t: NumberToken) => t.unit?.family === 'time';

function isYearLike(t: NumberToken): boolean {
  return t.integerDigits === 4 && !t.hasComma && t.decimals === 0 && t.value >= 1900 && t.value <= 2099;
}

function looksLikeVerb(lower: string): boolean {
  return BULLET_VERBS.has(lower) || lower.endsWith('ed') || lower.endsWith('ing') || lower.endsWith('es');
}

/** "Reduced serving cost by 40%": a sentence that opens with a verb and states a result. */
function claimsResult(c: Candidate): boolean {
  const first = c.ctx.words[0];
  return first !== undefined && !first.isNumber && (BULLET_VERBS.has(first.lower) || first.lower.endsWith('ed')) && sentenceHasStem(c.ctx, RESULT_STEMS);
}

/** A month, season or fiscal period: a number beside it is a date, not a result. */
function isDateWordBesideNumber(word: string): boolean {
  return FISCAL_PERIODS.has(word) || isDateWordInProse(word);
}

/** "del 1 al 15 de marzo", "from 3 to 7 of May": the counted words after a pair are a month. */
function isDayOfMonth(c: Candidate): boolean {
  const phrase = countedPhrase(c);
  const first = phrase[0]?.lower ?? '';
  return isDateWordBesideNumber(first) || (OF_WORDS.has(first) && isDateWordBesideNumber(phrase[1]?.lower ?? ''));
}

// Constants, not literals in the rules: a literal is a new object at every evaluation.
const STARTS_UPPER = /^\p{Lu}/u;
const HAS_DIGIT = /\d/;
const ENDS_PLUS_PLUS = /\+\+\s?$/;
const SAME_NUMBER_TWICE = /^(\d+) to \1$/;
const ENDS_LIST_MARK = /[,;(]\s*$/;

/** "Python 3", "ISO 27001", "Mistral 7B", "top 20": the number belongs to the word before it. */
function isNameBefore(c: Candidate): boolean {
  const t = c.token;
  if (t.currency || t.approx || t.spread || (t.unit && t.unit.family !== 'magnitude')) return false;
  // "Evalúa 2,4 millones": a magnitude spelt out as a word is an amount, not part of a model name.
  if (t.magnitude && t.text.includes(' ')) return false;
  const adjacent = adjacentWordBefore(c);
  if (!adjacent) return false;
  const { word, original } = adjacent;
  if (RANK_WORDS.has(word.lower)) return true;
  if (METRIC_WORDS.has(word.lower) || QUANTIFIERS.has(word.lower)) return false;
  // A bullet's opening verb is capitalised too ("Managed 3 clusters"); a name is not a verb.
  if (wordBefore(c, 1) === undefined && looksLikeVerb(word.lower)) return false;
  return STARTS_UPPER.test(original) || HAS_DIGIT.test(original);
}

/** Words that may sit between "score" and its value: "a score of 92", "scored above 90%". */
const SCORE_LINKS = new Set(['of', 'a', 'an', 'the', 'at', 'above', 'over', 'around', 'about', 'nearly', 'is', 'was']);

/**
 * "scored 92%", "a score of 1450", "95% score": the score word governs the number. Further away
 * it is another clause, often batch scoring ("training and scoring compute cost by 38%"), and a
 * count after it ("scoring 2M transactions") is work done, not a mark.
 */
function isScored(c: Candidate): boolean {
  if (SCORE_WORDS.has(wordAfter(c)?.lower ?? '')) return true;
  if (countedPhrase(c).length > 0) return false;
  for (let k = 0; k < 3; k++) {
    const w = wordBefore(c, k);
    if (!w) return false;
    if (SCORE_WORDS.has(w.lower)) return true;
    if (!SCORE_LINKS.has(w.lower)) return false;
  }
  return false;
}

export const EXCLUSION_RULES: readonly ExclusionRule[] = [
  { id: 'section', applies: (c) => SECTIONS_WITHOUT_OUTCOMES.has(c.section) && !claimsResult(c) },
  { id: 'skill-level', applies: isSkillLevel },
  {
    // Education lines hold grades and ranks; only a sentence that states a result (a thesis
    // project that "improved recall by 8%") can carry an outcome there.
    id: 'education-without-result',
    applies: (c) => c.section === 'education' && !sentenceHasStem(c.ctx, RESULT_STEMS),
  },
  { id: 'shape', applies: (c) => c.token.shape !== 'plain' && c.token.shape !== 'range' && !isDataCompound(c) },
  {
    id: 'phone-or-id',
    applies: (c) => isBare(c.token) && c.token.integerDigits >= 7 && !c.token.hasComma,
  },
  {
    id: 'decade',
    applies: (c) =>
      c.token.unit?.canonical === 's' &&
      !c.token.text.includes(' ') &&
      (isYearLike(c.token) || (c.token.value % 10 === 0 && c.token.integerDigits === 2 && wordBefore(c)?.lower === 'the')),
  },
  {
    id: 'year',
    applies: (c) => isYearLike(c.token) && isBare(c.token) && !c.token.plus && !QUANTIFIERS.has(wordBefore(c)?.lower ?? ''),
  },
  {
    id: 'date',
    applies: (c) =>
      isBare(c.token) && (isDateWordBesideNumber(wordBefore(c)?.lower ?? '') || isDateWordBesideNumber(wordAfter(c)?.lower ?? '') || isDayOfMonth(c)),
  },
  { id: 'name-or-rank', applies: isNameBefore },
  {
    // "C++ 17", "C++20": a language standard; the "++" keeps it from reading as a word before.
    id: 'language-standard',
    applies: (c) => isBare(c.token) && ENDS_PLUS_PLUS.test(c.ctx.text.slice(Math.max(0, c.token.start - 3), c.token.start)),
  },
  {
    id: 'grade',
    applies: (c) => {
      if (c.token.currency) return false;
      return nearHasWord(c, GRADE_WORDS, 4, 4) || (isScored(c) && !nearHasWord(c, METRIC_WORDS, 4, 4));
    },
  },
  {
    id: 'personal-money',
    applies: (c) => (c.token.currency !== undefined || c.token.magnitude !== undefined) && sentenceHasWord(c.ctx, PERSONAL_MONEY),
  },
  {
    id: 'tenure',
    applies: (c) => isTime(c.token) && isCalendarUnit(c.token.unit!.canonical) && !c.compared && !nearHasStem(c, CALENDAR_RESULT_STEMS),
  },
  {
    id: 'effort-duration',
    applies: (c) =>
      isTime(c.token) &&
      !isShortTimeUnit(c.token.unit!.canonical) &&
      !isDurationDifference(c) &&
      !isSystemDuration(c) &&
      EFFORT_PREPOSITIONS.has(governingWord(c) ?? '') &&
      !sentenceHasWord(c.ctx, LATENCY_WORDS),
  },
  {
    id: 'duration-without-result',
    applies: (c) =>
      isTime(c.token) &&
      !isDurationDifference(c) &&
      !isSystemDuration(c) &&
      !['ns', 'us', 'ms'].includes(c.token.unit!.canonical) &&
      !nearHasStem(c, TIME_RESULT_STEMS),
  },
  {
    id: 'headcount',
    applies: isHeadcount,
  },
  {
    id: 'not-outcome-count',
    applies: (c) => {
      if (!isBare(c.token) && !(c.token.plus && !c.token.unit)) return false;
      const phrase = countedPhrase(c);
      const head = phrase[phrase.length - 1];
      return head !== undefined && NOT_OUTCOME_COUNTS.has(head.lower) && !isCorpus(c, head);
    },
  },
  {
    id: 'percent-of-terms',
    applies: (c) => c.token.unit?.family === 'percent' && nearHasWord(c, TERMS_WORDS, 0, 2),
  },
  { id: 'time-of-day', applies: (c) => CLOCK_WORDS.has(wordAfter(c)?.lower ?? '') },
  {
    id: 'address',
    // A compound ("a 300-prompt suite") describes a thing; street numbers stand alone.
    applies: (c) =>
      !c.token.currency && c.token.shape !== 'compound' && !(c.token.unit && c.token.unit.family !== 'magnitude') && nearHasWord(c, ADDRESS_WORDS, 0, 3),
  },
  {
    id: 'idiom-range',
    applies: (c) => c.token.shape === 'range' && c.token.text.includes(' to ') && isBare(c.token) && SAME_NUMBER_TWICE.test(c.token.text),
  },
  {
    // Contact lines: phone fragments and street numbers sit next to an e-mail or a link.
    id: 'contact-line',
    applies: (c) => isBare(c.token) && sentenceMatches(c.ctx, CONTACT),
  },
  { id: 'founded', applies: (c) => isBare(c.token) && nearHasWord(c, FOUNDED_WORDS, 3, 3) },
  {
    id: 'list-marker',
    applies: (c) => {
      if (!isBare(c.token)) return false;
      const next = c.ctx.text[c.token.end];
      const prev = c.ctx.text[c.token.start - 1];
      return (wordBefore(c) === undefined && (next === '.' || next === ')')) || (prev === '[' && next === ']') || (prev === '(' && next === ')');
    },
  },
  {
    // "Nature Methods 18, 12 pp.": after a comma or alone, "pp" counts a paper's pages, not percentage points.
    id: 'page-count',
    applies: (c) => c.token.unit?.canonical === 'pp' && (wordBefore(c) === undefined || ENDS_LIST_MARK.test(c.ctx.text.slice(0, c.token.start))),
  },
  {
    id: 'memory-spec',
    applies: (c) => c.token.unit?.family === 'size' && MEMORY_WORDS.has(wordAfter(c)?.lower ?? ''),
  },
  {
    id: 'bare-g-without-data',
    applies: (c) => c.token.unit?.canonical === 'gb' && c.token.text.endsWith('G') && !c.token.approx && !nearHasWord(c, DATA_WORDS),
  },
];

/** The id of the first rule saying the number is not a result, or undefined. */
export function exclusionOf(c: Candidate): string | undefined {
  for (const rule of EXCLUSION_RULES) if (rule.applies(c)) return rule.id;
  return undefined;
}
