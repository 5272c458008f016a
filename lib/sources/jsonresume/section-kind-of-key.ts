import type { SectionKind } from '../../model/candidate-document';

const KEY_KINDS: [RegExp, SectionKind][] = [
  [/volunteer/, 'volunteering'],
  [/^(work|experiences?|jobs?|employment|positions|freelanc\w*|career|professional\w*|internships?|visiting\w*|appointments|teaching)$/, 'experience'],
  [/educat|school|degrees?|academ/, 'education'],
  [/skill|technolog|stack|tools|competenc|expertise/, 'skills'],
  [/project|portfolio/, 'projects'],
  [/publication|papers|patents/, 'publications'],
  [/award|honou?r|achievement/, 'awards'],
  [/certif|licen[cs]e|courses|training/, 'certifications'],
  [/^languages$/, 'languages'],
  [/^(summary|about|bio|objective|profile|overview|introduction)$/, 'summary'],
];

/** Maps a JSON Resume key, or a variant's own key ("freelancing", "marqueeSkills"), to a section. */
export function sectionKindOfKey(key: string): SectionKind {
  const k = key.toLowerCase();
  for (const [pattern, kind] of KEY_KINDS) if (pattern.test(k)) return kind;
  return 'other';
}
