import { countedPhrase, wordBefore, type Candidate } from './candidate';
import { COLLECTIVES, DURATION_FILLERS, PEOPLE, QUANTIFIERS } from './lexicon';
import { firstWordEndingAfter, type Word } from './sentence-words';

const HEADCOUNT_GROUPS = new Set(['team', 'group', 'class', 'cohort', 'squad', 'crew', 'staff', 'equipo', 'grupo', 'équipe', 'equipe', 'gruppe']);
/** "of" in the languages whose headcounts are listed: "equipo de 4", "Team von 6". */
export const OF_WORDS = new Set(['of', 'de', 'von', 'di']);
const AND_WORDS = new Set(['and', 'plus', '&', 'y', 'et', 'und', 'e']);

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
  'use',
  'rely',
  'deploy',
  'ship',
  'run',
  'build',
  'train',
  'publish',
  'consume',
  'depend',
  'query',
  'call',
  'share',
  'adopted',
  'onboarded',
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

/**
 * The number counts people the candidate led, hired or worked beside ("a team of 6", "mentored 3
 * interns", "5 engineers and 2 annotators"), not people or teams using what they built, nor how many
 * times more of them a system enabled.
 */
export function isHeadcount(c: Candidate): boolean {
  // "3x more data scientists ship models": a multiplier measures growth, not people led.
  if (c.token.unit?.family === 'multiplier') return false;
  const phrase = countedPhrase(c);
  const people = phrase.findIndex((w) => PEOPLE.has(w.lower));
  if (people >= 0 && !phrase.slice(people + 1).some((w) => COLLECTIVES.has(w.lower)) && !isAdoptingTeams(c, phrase[people])) return true;
  return isGroupOf(c) || continuesHeadcount(c);
}
