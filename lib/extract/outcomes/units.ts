/** What a unit printed next to a number says about the number. */
export type UnitFamily = 'percent' | 'multiplier' | 'magnitude' | 'time' | 'size' | 'rate';

export interface Unit {
  family: UnitFamily;
  /** Normalised spelling, so "hrs", "hours" and "h" compare equal. */
  canonical: string;
}

const unit = (family: UnitFamily, canonical: string, ...spellings: string[]): [string, Unit][] => spellings.map((s) => [s, { family, canonical }]);

/**
 * Units written right after the digits ("12M", "200ms", "2TB"). Case matters: "M" is a million,
 * "MB" a megabyte, "Mb" a megabit. Single letters that are also common words are not listed.
 */
const GLUED = new Map<string, Unit>([
  ...unit('percent', '%', '%'),
  // Percentage points: "+3pp", "lifted CTR by 3 pp".
  ...unit('percent', 'pp', 'pp', 'ppt', 'ppts'),
  ...unit('multiplier', 'x', 'x', 'X', '×'),
  ...unit('magnitude', 'k', 'k', 'K'),
  ...unit('magnitude', 'm', 'm', 'M', 'mm', 'MM', 'mn', 'Mn'),
  ...unit('magnitude', 'b', 'b', 'B', 'bn', 'Bn', 'BN'),
  ...unit('magnitude', 't', 'T'),
  ...unit('time', 'ns', 'ns'),
  ...unit('time', 'us', 'us', 'µs', 'μs'),
  ...unit('time', 'ms', 'ms'),
  ...unit('time', 's', 's', 'sec', 'secs'),
  ...unit('time', 'min', 'min', 'mins'),
  ...unit('time', 'h', 'h', 'hr', 'hrs'),
  ...unit('time', 'd', 'd'),
  ...unit('time', 'w', 'wk', 'wks'),
  ...unit('time', 'mo', 'mo', 'mos'),
  ...unit('time', 'y', 'yr', 'yrs', 'y'),
  ...unit('size', 'kb', 'KB', 'kB', 'Kb', 'kb', 'KiB'),
  ...unit('size', 'mb', 'MB', 'Mb', 'MiB'),
  ...unit('size', 'gb', 'GB', 'Gb', 'GiB', 'G'),
  ...unit('size', 'tb', 'TB', 'Tb', 'TiB'),
  ...unit('size', 'pb', 'PB', 'Pb', 'PiB'),
  ...unit('rate', 'fps', 'fps', 'FPS'),
  ...unit('rate', 'qps', 'qps', 'QPS'),
  ...unit('rate', 'rps', 'rps', 'RPS'),
  ...unit('rate', 'tps', 'tps', 'TPS'),
]);

/** Units written as a separate word ("3.6 million", "200 ms", "14 days"); matched lower-cased. */
const SPACED = new Map<string, Unit>([
  ...unit('percent', '%', 'percent', 'pct'),
  ...unit('percent', 'pp', 'pp', 'ppt', 'ppts', 'p.p.'),
  ...unit('multiplier', 'x', 'fold'),
  ...unit('magnitude', 'k', 'thousand', 'k', 'mil', 'tausend', 'tsd', 'mille'),
  ...unit('magnitude', 'm', 'million', 'millions', 'mn', 'mm', 'mio', 'mln'),
  // Spanish, German, Italian, Portuguese and Dutch spellings of million and billion.
  ...unit('magnitude', 'm', 'millones', 'millón', 'millon', 'millionen', 'milioni', 'milione', 'milhões', 'milhão', 'miljoen'),
  ...unit('magnitude', 'b', 'milliarden', 'milliarde', 'milliards', 'milliard', 'miliardi', 'bilhões', 'miljard'),
  ...unit('magnitude', 'lakh', 'lakh', 'lakhs', 'lac'),
  ...unit('magnitude', 'crore', 'crore', 'crores', 'cr'),
  ...unit('magnitude', 'b', 'billion', 'billions', 'bn', 'mrd'),
  ...unit('magnitude', 't', 'trillion'),
  ...unit('time', 'ns', 'ns', 'nanoseconds'),
  ...unit('time', 'us', 'µs', 'μs', 'microseconds'),
  ...unit('time', 'ms', 'ms', 'msec', 'millisecond', 'milliseconds'),
  ...unit('time', 's', 'sec', 'secs', 'second', 'seconds'),
  ...unit('time', 'min', 'min', 'mins', 'minute', 'minutes'),
  ...unit('time', 'h', 'hr', 'hrs', 'hour', 'hours', 'person-hours', 'man-hours', 'engineer-hours', 'work-hours'),
  ...unit('time', 'd', 'day', 'days', 'person-days', 'man-days'),
  ...unit('time', 'w', 'wk', 'wks', 'week', 'weeks'),
  ...unit('time', 'mo', 'mo', 'mos', 'mth', 'mths', 'month', 'months'),
  ...unit('time', 'y', 'yr', 'yrs', 'year', 'years'),
  // Spanish, Portuguese, French and German durations, singular and plural: read like their English forms.
  ...unit('time', 's', 'segundos', 'segundo', 'secondes', 'seconde', 'sekunden', 'sekunde'),
  ...unit('time', 'min', 'minutos', 'minuto', 'minuten'),
  ...unit('time', 'h', 'horas', 'hora', 'heures', 'heure', 'stunden', 'stunde'),
  ...unit('time', 'd', 'días', 'día', 'dias', 'dia', 'jours', 'jour', 'tage', 'tagen', 'tag'),
  ...unit('time', 'w', 'semanas', 'semana', 'semaines', 'semaine', 'wochen', 'woche'),
  ...unit('time', 'mo', 'meses', 'mes', 'mês', 'mois', 'monate', 'monaten', 'monat'),
  ...unit('time', 'y', 'años', 'año', 'anos', 'ano', 'ans', 'jahre', 'jahren', 'jahr'),
  ...unit('size', 'kb', 'kb', 'kib', 'kilobytes'),
  ...unit('size', 'mb', 'mb', 'mib', 'megabytes'),
  ...unit('size', 'gb', 'gb', 'gib', 'gigabytes'),
  ...unit('size', 'tb', 'tb', 'tib', 'terabytes'),
  ...unit('size', 'pb', 'pb', 'pib', 'petabytes'),
  ...unit('rate', 'fps', 'fps'),
  ...unit('rate', 'qps', 'qps'),
  ...unit('rate', 'rps', 'rps'),
  ...unit('rate', 'tps', 'tps'),
]);

export function gluedUnit(letters: string): Unit | undefined {
  return GLUED.get(letters);
}

export function spacedUnit(word: string): Unit | undefined {
  return SPACED.get(word.toLowerCase());
}

/** Time units that describe how long a person worked rather than how fast a system ran. */
export function isCalendarUnit(canonical: string): boolean {
  return canonical === 'mo' || canonical === 'y';
}

export function isShortTimeUnit(canonical: string): boolean {
  return canonical === 'ns' || canonical === 'us' || canonical === 'ms' || canonical === 's';
}
