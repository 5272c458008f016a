// Employment types that end by design: a short one says nothing about leaving early.
const NON_PERMANENT_WORDS = [
  String.raw`\bintern\b`,
  'internship',
  'trainee',
  'apprentic',
  'contract',
  'freelanc',
  'self-employed',
  String.raw`part[- ]time`,
  'seasonal',
  'temporary',
  String.raw`\btemp\b`,
  'volunteer',
];
// Titles of roles that are short by design too: studies, assistantships, mentoring, programmes, advisory seats.
const SHORT_BY_DESIGN_TITLE_WORDS = [
  'consultant',
  'student',
  'assistant',
  'tutor',
  'fellow',
  'mentor',
  'mentee',
  'programme',
  String.raw`\bprogram\b`,
  'bootcamp',
  'scholar',
  'advisor',
  'adviser',
  'board member',
];

const NON_PERMANENT = new RegExp(NON_PERMANENT_WORDS.join('|'), 'i');
const SHORT_BY_DESIGN = new RegExp([...NON_PERMANENT_WORDS, ...SHORT_BY_DESIGN_TITLE_WORDS].join('|'), 'i');

/** Whether an employment type ("Internship", "Contract", "Part-time") names work that is not permanent. */
export function isNonPermanentEmployment(employmentType: string): boolean {
  return NON_PERMANENT.test(employmentType);
}

/** Whether a role's title or organisation ("Research Intern", "Teaching Assistant", "Fellowship") names a role short by design. */
export function isShortByDesignRole(titleAndOrg: string): boolean {
  return SHORT_BY_DESIGN.test(titleAndOrg);
}
