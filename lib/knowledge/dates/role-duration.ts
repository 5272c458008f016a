// "3 yrs 2 mos", "(1 year)", "less than a year", "2 года 3 мес.", "2 anos 1 mês": how long a role lasted, printed beside its
// dates by LinkedIn (on the page and in its PDF export) and by many resume templates.
const YEARS = String.raw`years?|yrs?|лет|года?|jahre?|anos?|años?|ans?|anni|anno`;
const MONTHS = String.raw`months?|mos?|мес(?:\.|яц(?:а|ев)?)?|monate?|m[eê]s(?:es)?|mois|mesi|mese`;
const DURATION = new RegExp(String.raw`^\(?\s*(?:less than a year|\d+\s*(?:${YEARS}|${MONTHS}))(?:\s*\d+\s*(?:${MONTHS}))?\s*\)?$`, 'iu');

/** Whether the whole text is a role's length ("5 yrs 11 mos", "(8 months)"), nothing else. */
export function isRoleDuration(text: string): boolean {
  return DURATION.test(text.trim());
}
