import type { SectionKind } from '../model/candidate-document';

// Heading words as resumes print them, in English and the languages recruiters meet most often.
const HEADINGS: [RegExp, SectionKind][] = [
  [/^(professional |career |executive )?(summary|profile|about( me)?|objective|overview|introduction|bio|résumé|resumen|profil|о себе|обо мне|резюме)$/, 'summary'],
  [/^((work|professional|relevant|industry|employment|research|engineering|technical) )?(experience|history|employment|career)( history)?$|^(work|employment|positions)$|^(berufserfahrung|experiencia( laboral| profesional)?|expérience( professionnelle)?|esperienza( lavorativa)?|опыт( работы)?|werkervaring)$/, 'experience'],
  [/^(education|academic background|academics|qualifications|ausbildung|bildung|educación|formation|formazione|образование)$/, 'education'],
  [/^((technical|core|key|top|relevant) )?(skills|competencies|technologies|tech stack|tools|expertise|skills (&|and) (tools|technologies|interests))$|^(kenntnisse|fähigkeiten|habilidades|compétences|competenze|навыки|ключевые навыки|технологии)$/, 'skills'],
  [/^((selected|personal|academic|side|key|open[- ]source) )?projects$|^(projekte|proyectos|projets|progetti|проекты)$/, 'projects'],
  [/^(licenses (&|and) )?certifications?( (&|and) licenses)?$|^(certificates|courses|training|licenses|сертификаты|курсы)$/, 'certifications'],
  [/^((selected )?publications|papers|research papers|patents|публикации)$/, 'publications'],
  [/^(honors|honours|awards|achievements|honors (&|and) awards|awards (&|and) honors|награды|достижения)$/, 'awards'],
  [/^(volunteer(ing)?( experience| work)?|leadership( (&|and) activities)?|activities|extracurricular activities)$/, 'volunteering'],
  [/^(languages|sprachen|idiomas|langues|языки)$/, 'languages'],
];

/** The section a heading introduces, or undefined when the line is not a known heading. */
export function sectionKindOfHeading(heading: string): SectionKind | undefined {
  const normalized = heading.toLowerCase().replace(/[:：]\s*$/, '').replace(/\s+/g, ' ').trim();
  if (normalized.length === 0 || normalized.length > 48) return undefined;
  for (const [pattern, kind] of HEADINGS) if (pattern.test(normalized)) return kind;
  return undefined;
}
