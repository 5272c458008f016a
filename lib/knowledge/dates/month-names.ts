// Month names as resumes print them: English plus the common European languages and Russian
// (full names, genitive forms and the usual abbreviations). Keys are lower case without the dot.
const MONTHS: Record<string, number> = {};

function add(month: number, ...names: string[]): void {
  for (const name of names) MONTHS[name] = month;
}

add(
  1,
  'jan',
  'january',
  'ene',
  'enero',
  'janeiro',
  'janv',
  'janvier',
  'januar',
  'jän',
  'jänner',
  'gen',
  'gennaio',
  'янв',
  'январь',
  'января',
  'jänn',
  'styczeń',
  'sty',
);
add(2, 'feb', 'february', 'febrero', 'fev', 'fevereiro', 'févr', 'fév', 'février', 'februar', 'febbraio', 'фев', 'февраль', 'февраля', 'luty', 'lut');
add(3, 'mar', 'march', 'marzo', 'março', 'marco', 'mars', 'märz', 'mrz', 'мар', 'март', 'марта', 'marzec');
add(4, 'apr', 'april', 'abr', 'abril', 'avr', 'avril', 'aprile', 'апр', 'апрель', 'апреля', 'kwiecień', 'kwi');
add(5, 'may', 'mayo', 'mai', 'maio', 'mag', 'maggio', 'май', 'мая', 'maj');
add(6, 'jun', 'june', 'junio', 'junho', 'juin', 'juni', 'giu', 'giugno', 'июн', 'июнь', 'июня', 'czerwiec', 'cze');
add(7, 'jul', 'july', 'julio', 'julho', 'juil', 'juillet', 'juli', 'lug', 'luglio', 'июл', 'июль', 'июля', 'lipiec', 'lip');
add(8, 'aug', 'august', 'ago', 'agosto', 'août', 'aout', 'авг', 'август', 'августа', 'sierpień', 'sie');
add(
  9,
  'sep',
  'sept',
  'september',
  'septiembre',
  'setiembre',
  'set',
  'setembro',
  'septembre',
  'settembre',
  'сен',
  'сент',
  'сентябрь',
  'сентября',
  'wrzesień',
  'wrz',
);
add(10, 'oct', 'october', 'octubre', 'out', 'outubro', 'octobre', 'okt', 'oktober', 'ott', 'ottobre', 'окт', 'октябрь', 'октября', 'październik', 'paź');
add(11, 'nov', 'november', 'noviembre', 'novembro', 'novembre', 'ноя', 'нояб', 'ноябрь', 'ноября', 'listopad', 'lis');
add(12, 'dec', 'december', 'dic', 'diciembre', 'dez', 'dezembro', 'déc', 'décembre', 'dezember', 'dicembre', 'дек', 'декабрь', 'декабря', 'grudzień', 'gru');

/** 1..12 for a month name or abbreviation in a supported language, otherwise undefined. */
export function monthNumber(word: string): number | undefined {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')];
}

const SEASONS = new Set([
  'spring',
  'summer',
  'fall',
  'autumn',
  'winter',
  'primavera',
  'verano',
  'otoño',
  'invierno',
  'sommer',
  'herbst',
  'frühling',
  'été',
  'automne',
  'hiver',
]);

/** True for a word that can stand before a year as part of a date: a month or a season. */
export function isDateWord(word: string): boolean {
  return monthNumber(word) !== undefined || SEASONS.has(word.toLowerCase());
}

// Short spellings that are everyday words beside a number too ("5 out of 6", "set 3 records", "2 years ago").
const EVERYDAY_SPELLINGS = new Set(['out', 'set', 'ago', 'gen', 'mag', 'sie', 'lip', 'lis']);

/** A month or season beside a number in running text ("May 5", "5 de marzo"), leaving out spellings that are everyday words. */
export function isDateWordInProse(word: string): boolean {
  return !EVERYDAY_SPELLINGS.has(word.toLowerCase()) && isDateWord(word);
}

/** The words that close an ongoing range, as resumes print them. */
export const PRESENT_WORDS: readonly string[] = [
  'present',
  'current',
  'currently',
  'now',
  'today',
  'ongoing',
  'date',
  'till date',
  'to date',
  'heute',
  'jetzt',
  'aktuell',
  'actualidad',
  'presente',
  'actual',
  'atual',
  'hoje',
  'momento',
  "aujourd'hui",
  'aujourd’hui',
  'actuel',
  'oggi',
  'nu',
  'heden',
  'настоящее время',
  'наст. время',
  'по настоящее время',
  'н.в.',
  'сейчас',
  'obecnie',
];
const PRESENT = new Set(PRESENT_WORDS);

/** True for the words that close an ongoing range ("Present", "now", "heute", "настоящее время"). */
export function isPresentWord(word: string): boolean {
  return PRESENT.has(word.trim().toLowerCase());
}
