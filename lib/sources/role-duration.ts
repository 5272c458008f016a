// "3 yrs 2 mos", "(1 year)", "less than a year", "2 года 3 мес.": how long a role lasted, printed beside its
// dates by LinkedIn (on the page and in its PDF export) and by many resume templates.
const DURATION = /^\(?\s*(?:less than a year|\d+\s*(?:years?|yrs?|mos?|months?|лет|года?|мес(?:\.|яц(?:а|ев)?)?|jahre?|monate?))(?:\s*\d+\s*(?:months?|mos?|мес\.?|месяц(?:а|ев)?|monate?))?\s*\)?$/iu;

/** Whether the whole text is a role's length ("5 yrs 11 mos", "(8 months)"), nothing else. */
export function isRoleDuration(text: string): boolean {
  return DURATION.test(text.trim());
}
