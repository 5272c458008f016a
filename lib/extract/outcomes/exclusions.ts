import type { SectionKind } from '../../model/candidate-document';
import { adjacentWordBefore, countedPhrase, nearHasStem, nearHasWord, wordAfter, wordBefore, type Candidate } from './candidate';
import {
  ADDRESS_WORDS, BULLET_VERBS, CLOCK_WORDS, COLLECTIVES, CALENDAR_RESULT_STEMS, DURATION_FILLERS, EFFORT_PREPOSITIONS, FOUNDED_WORDS, GRADE_WORDS,
  LATENCY_WORDS, METRIC_WORDS, MONTHS, NOT_OUTCOME_COUNTS, PEOPLE, PERSONAL_MONEY, QUANTIFIERS,
  RANK_WORDS, RESULT_STEMS, SCORE_WORDS, TIME_RESULT_STEMS, hasStem, hasWord,
} from './lexicon';
import type { NumberToken } from './number-tokens';
import { firstWordEndingAfter, sentenceHasStem, sentenceHasWord, sentenceMatches, type Word } from './sentence-words';
import { isCalendarUnit, isShortTimeUnit } from './units';

/** A reason a number is not a claimed result, checked before anything else. */
export interface ExclusionRule {
  id: string;
  applies: (c: Candidate) => boolean;
}

/** Sections whose numbers are grades, dates, levels or counts of honours, never results. */
const SECTIONS_WITHOUT_OUTCOMES = new Set<SectionKind>([
  'awards', 'publications', 'certifications', 'languages', 'skills',
]);
const DATA_WORDS = new Set(['size', 'data', 'dataset', 'datasets', 'storage', 'disk', 'corpus', 'logs', 'files']);
const MEMORY_WORDS = new Set(['ram', 'vram', 'memory', 'gddr', 'gddr6', 'hbm', 'ddr4', 'ddr5']);
/** A phone number's "+" starts it: the "+" of "C++20" follows a letter or another "+". */
const CONTACT = /\w@\w|https?:|www\.|\(\d{3}\)|(?<![\w+])\+\d{1,3}[\s(-]*\d/i;
/** Percentages that describe working terms, not results: "100% remote", "15% equity". */
const TERMS_WORDS = new Set(['remote', 'discount', 'travel', 'commission', 'equity', 'stake', 'ownership', 'vat', 'tax', 'pension', 'contribution', 'contributions', 'match', 'matched', 'allocation', 'fte']);
const HEADCOUNT_GROUPS = new Set(['team', 'group', 'class', 'cohort', 'squad', 'crew', 'staff', 'equipo', 'grupo', 'équipe', 'equipe', 'gruppe']);
/** "of" in the languages whose headcounts are listed: "equipo de 4", "Team von 6". */
const OF_WORDS = new Set(['of', 'de', 'von', 'di']);
const AND_WORDS = new Set(['and', 'plus', '&', 'y', 'et', 'und', 'e']);

const isBare = (t: NumberToken) => !t.unit && !t.magnitude && !t.currency && !t.approx && !t.spread;
const isTime = (t: NumberToken) => t.unit?.family === 'time';

/** Comparative adverbs after a duration make it a difference: "2 hours earlier", "18 hours sooner". */
const DURATION_COMPARATIVES = new Set(['earlier', 'sooner', 'faster', 'quicker', 'shorter', 'ahead']);
/** Words after a duration that set it against the old way: "in 3 s instead of overnight". */
const CONTRAST_WORDS = new Set(['instead', 'rather', 'versus', 'vs', 'vs.', 'compared', 'unlike']);
/**
 * A running system as the clause's subject, in the present: "now runs unattended in 3 hours",
 * "results come back in 2 seconds". How long work took is told in the past ("shipped in 6 weeks").
 */
const PROCESS_WORDS = new Set([
  'now', 'runs', 'completes', 'finishes', 'returns', 'responds', 'refreshes', 'executes', 'converges',
  'arrives', 'arrive', 'back', 'updates', 'takes', 'loads', 'recovers', 'rebuilds', 'retrains',
]);

/** The duration is a difference between the old and the new way: a result, whatever its unit. */
function isDurationDifference(c: Candidate): boolean {
  if (c.compared || DURATION_COMPARATIVES.has(wordAfter(c)?.lower ?? '')) return true;
  for (let k = 0; k < 3; k++) if (CONTRAST_WORDS.has(wordAfter(c, k)?.lower ?? '')) return true;
  return false;
}

/** Prepositions of a span of activity: "runs office hours for 2 hours" is not a speed. */
const SPAN_PREPOSITIONS = new Set(['for', 'during', 'throughout', 'after', 'over']);

/** The duration is how long a system takes, read from the words of its own clause. */
function isSystemDuration(c: Candidate): boolean {
  // "now 6 weeks into the role" places a moment; it measures nothing.
  if (SPAN_PREPOSITIONS.has(governingWord(c) ?? '') || wordAfter(c)?.lower === 'into') return false;
  for (let k = 0; k < 6; k++) {
    const w = wordBefore(c, k);
    if (!w) return false;
    if (PROCESS_WORDS.has(w.lower)) return true;
    if (w.breakBefore) return false;
  }
  return false;
}

function isYearLike(t: NumberToken): boolean {
  return t.integerDigits === 4 && !t.hasComma && t.decimals === 0 && t.value >= 1900 && t.value <= 2099;
}

/** The first word before the number that is not a filler ("built in just 6 weeks" -> "in"). */
function governingWord(c: Candidate): string | undefined {
  for (let k = 0; k < 4; k++) {
    const w = wordBefore(c, k);
    if (!w || !DURATION_FILLERS.has(w.lower)) return w?.lower;
  }
  return undefined;
}

function looksLikeVerb(lower: string): boolean {
  return BULLET_VERBS.has(lower) || lower.endsWith('ed') || lower.endsWith('ing') || lower.endsWith('es');
}

/** "a team of 6", "team of almost 150": the number sizes a group of people. */
function isGroupOf(c: Candidate): boolean {
  for (let k = 0; k < 3; k++) {
    const w = wordBefore(c, k);
    if (!w) return false;
    if (OF_WORDS.has(w.lower)) return HEADCOUNT_GROUPS.has(wordBefore(c, k + 1)?.lower ?? '');
    if (!DURATION_FILLERS.has(w.lower) && !QUANTIFIERS.has(w.lower)) return false;
  }
  return false;
}

/** People words that name whole teams: other teams taking up a system is its reach, not headcount. */
const TEAM_UNITS = new Set(['team', 'teams', 'squads', 'squad']);
/** "used by 9 teams", "onboarded 14 teams": the teams are the system's users. */
const ADOPTED_BY = new Set(['by', 'onboarded', 'onboarding', 'serving', 'serves', 'served', 'supporting', 'supports', 'supported', 'powering', 'powers']);
/** "23 teams now deploy through it": the teams' own present-tense use of the system. */
const ADOPTING_VERBS = new Set([
  'use', 'rely', 'deploy', 'ship', 'run', 'build', 'train', 'publish', 'consume', 'depend', 'query', 'call', 'share', 'adopted', 'onboarded',
]);
const ADVERBS_OF_NOW = new Set(['now', 'already', 'currently', 'today', 'actively', 'all', 'daily', 'routinely']);

/** Teams counted as adopters of what the candidate built, not as the people they led. */
function isAdoptingTeams(c: Candidate, teamWord: Word): boolean {
  if (!TEAM_UNITS.has(teamWord.lower)) return false;
  for (let k = 0; k < 3; k++) {
    const w = wordBefore(c, k);
    if (!w) break;
    if (ADOPTED_BY.has(w.lower)) return true;
    if (!QUANTIFIERS.has(w.lower) && w.lower !== 'more') break;
  }
  const words = c.ctx.words;
  let k = firstWordEndingAfter(words, teamWord.end);
  for (let n = 0; n < 3 && k < words.length && ADVERBS_OF_NOW.has(words[k].lower); n++) k++;
  const verb = words[k]?.lower ?? '';
  return ADOPTING_VERBS.has(verb) || ADOPTING_VERBS.has(verb.endsWith('s') ? verb.slice(0, -1) : verb);
}

/** "5 ML engineers and 2 annotators": a count joined to a headcount counts people too. */
function continuesHeadcount(c: Candidate): boolean {
  const joiner = wordBefore(c);
  if (!joiner || !AND_WORDS.has(joiner.lower)) return false;
  for (let k = 1; k < 4; k++) {
    const w = wordBefore(c, k);
    if (!w || w.isNumber) return false;
    if (PEOPLE.has(w.lower)) return !TEAM_UNITS.has(w.lower) || wordBefore(c, k + 1)?.isNumber !== true;
  }
  return false;
}

/** What a system is built on or evaluated with: "a 600-question evaluation set". */
const DATA_COLLECTIONS = new Set([
  'set', 'sets', 'dataset', 'datasets', 'corpus', 'corpora', 'benchmark', 'benchmarks', 'suite', 'collection',
  'bank', 'pool', 'archive', 'testset', 'split', 'index', 'catalog', 'catalogue', 'library',
]);

/**
 * "a 600-question evaluation set", "a 12,000-image training corpus": the compound counts the
 * items of a data set. A "75-page report" or a "10-week course" stays a description.
 */
function isDataCompound(c: Candidate): boolean {
  if (c.token.shape !== 'compound') return false;
  const phrase = countedPhrase(c);
  if (phrase.some((w) => NOT_OUTCOME_COUNTS.has(w.lower))) return false;
  return phrase.length > 0 && DATA_COLLECTIONS.has(phrase[phrase.length - 1].lower);
}

/** Counts of writing that are data when the system reads them: "indexed 85,000 articles". */
const DOCUMENT_COUNTS = new Set(['articles', 'article', 'papers', 'paper', 'posts', 'comments', 'books', 'chapters', 'publications', 'lectures', 'blogs']);
/** Verbs that make counted writing the input of a system rather than the candidate's own output. */
const DATA_VERBS = new Set([
  'indexed', 'indexing', 'embedded', 'embedding', 'scraped', 'scraping', 'crawled', 'crawling', 'ingested', 'ingesting',
  'processed', 'processing', 'classified', 'classifying', 'labelled', 'labeled', 'labelling', 'labeling', 'annotated',
  'parsed', 'parsing', 'collected', 'curated', 'summarised', 'summarized', 'tagged', 'deduplicated', 'translated',
]);

/** The candidate's own writing, however much of it: "published 1,200 posts". */
const WRITING_VERBS = new Set(['published', 'wrote', 'written', 'authored', 'co-authored', 'coauthored', 'presented', 'gave', 'delivered', 'taught', 'posted', 'blogged']);

/** Writing counted by the thousand, or handled by a pipeline, is a corpus rather than a bibliography. */
function isCorpus(c: Candidate, head: Word): boolean {
  if (!DOCUMENT_COUNTS.has(head.lower)) return false;
  let dataVerb = false;
  for (let k = 0; k < 3; k++) {
    const w = wordBefore(c, k)?.lower ?? '';
    if (WRITING_VERBS.has(w)) return false;
    dataVerb ||= DATA_VERBS.has(w);
  }
  return dataVerb || c.token.value >= 1000;
}

/** "del 1 al 15 de marzo", "from 3 to 7 of May": the counted words after a pair are a month. */
function isDayOfMonth(c: Candidate): boolean {
  const phrase = countedPhrase(c);
  const first = phrase[0]?.lower ?? '';
  return MONTHS.has(first) || (OF_WORDS.has(first) && MONTHS.has(phrase[1]?.lower ?? ''));
}

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
  return /^\p{Lu}/u.test(original) || /\d/.test(original);
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
  { id: 'section', applies: (c) => SECTIONS_WITHOUT_OUTCOMES.has(c.section) },
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
    applies: (c) =>
      isYearLike(c.token) && isBare(c.token) && !c.token.plus && !QUANTIFIERS.has(wordBefore(c)?.lower ?? ''),
  },
  {
    id: 'date',
    applies: (c) =>
      isBare(c.token) && (MONTHS.has(wordBefore(c)?.lower ?? '') || MONTHS.has(wordAfter(c)?.lower ?? '') || isDayOfMonth(c)),
  },
  { id: 'name-or-rank', applies: isNameBefore },
  {
    // "C++ 17", "C++20": a language standard; the "++" keeps it from reading as a word before.
    id: 'language-standard',
    applies: (c) => isBare(c.token) && /\+\+\s?$/.test(c.ctx.text.slice(Math.max(0, c.token.start - 3), c.token.start)),
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
    applies: (c) =>
      isTime(c.token) && isCalendarUnit(c.token.unit!.canonical) && !c.compared && !nearHasStem(c, CALENDAR_RESULT_STEMS),
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
    applies: (c) => {
      const phrase = countedPhrase(c);
      const people = phrase.findIndex((w) => PEOPLE.has(w.lower));
      if (people >= 0 && !phrase.slice(people + 1).some((w) => COLLECTIVES.has(w.lower)) && !isAdoptingTeams(c, phrase[people])) return true;
      return isGroupOf(c) || continuesHeadcount(c);
    },
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
    applies: (c) => c.token.shape === 'range' && c.token.text.includes(' to ') && isBare(c.token) && /^(\d+) to \1$/.test(c.token.text),
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
    id: 'memory-spec',
    applies: (c) => c.token.unit?.family === 'size' && MEMORY_WORDS.has(wordAfter(c)?.lower ?? ''),
  },
  {
    id: 'bare-g-without-data',
    applies: (c) =>
      c.token.unit?.canonical === 'gb' && c.token.text.endsWith('G') && !c.token.approx && !nearHasWord(c, DATA_WORDS),
  },
];

/** The id of the first rule saying the number is not a result, or undefined. */
export function exclusionOf(c: Candidate): string | undefined {
  for (const rule of EXCLUSION_RULES) if (rule.applies(c)) return rule.id;
  return undefined;
}
