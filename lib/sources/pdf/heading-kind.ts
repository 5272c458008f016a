import type { SectionKind } from '../../model/candidate-document';
import { sectionKindOfHeading } from '../section-kind-of-heading';

export type PdfHeadingKind = SectionKind | 'contact';

// Headings the shared list does not know, seen in PDF resumes and LinkedIn's export, in several languages.
// The shared list is tried first, so nothing here repeats it.
const EXTRA_HEADINGS: [RegExp, PdfHeadingKind][] = [
  [/^(contact|contacts|contact info(rmation)?|personal (details|information)|контакты|контактная информация|kontakt|kontaktdaten|coordonnées|contacto)$/, 'contact'],
  [/^(honors-awards|honours-awards|awards & achievements|prizes|auszeichnungen|distinctions|premios|premi)$/, 'awards'],
  [/^(über mich|kurzprofil|zusammenfassung|à propos|sobre mí|sobre mim|profilo|sommario|summary of qualifications)$/, 'summary'],
  [/^(research|research (&|and) work experience|beruflicher werdegang|werdegang|berufliche erfahrung|praxiserfahrung|experiência( profissional)?|опыт работы и стажировки|профессиональный опыт|relevant work experience)$/, 'experience'],
  [/^(studium|formación( académica)?|formação( acadêmica)?|istruzione|études|education (&|and) training|education (&|and) certifications)$/, 'education'],
  [/^((technical|core|key|professional) )?skills (&|and) (expertise|competencies|tools|technologies|interests|certifications)$|^(technische fähigkeiten|it-kenntnisse|kompetenzen|compétences techniques|habilidades técnicas|competências|competencias|технические навыки|профессиональные навыки|стек( технологий)?|technical proficiencies|programming languages|tools (&|and) technologies)$/, 'skills'],
  [/^(projetos|личные проекты|pet-проекты|research projects|project experience)$/, 'projects'],
  [/^((key|recent|peer-reviewed|journal) publications|publikationen|veröffentlichungen|publicaciones|publicações|pubblicazioni|публикации и доклады|talks|talks (&|and) publications)$/, 'publications'],
  [/^(zertifikate|zertifizierungen|certificats|certificaciones|certificações|сертификаты и курсы|сертификации|courses (&|and) certifications)$/, 'certifications'],
  [/^(sprachkenntnisse|lingue|языковые навыки|иностранные языки)$/, 'languages'],
  [/^(ehrenamt|волонтёрство|волонтерство|bénévolat|voluntariado)$/, 'volunteering'],
  [/^(interests|hobbies|additional information|additional|other|miscellaneous|references|activities (&|and) interests|дополнительно|дополнительная информация|интересы|sonstiges|interessen|centres d'intérêt)$/, 'other'],
];

/** The heading as printed without leading icons or trailing colon. */
export function stripHeadingDecoration(text: string): string {
  return text.replace(/^[\p{Co}\p{So}\p{P}\s]+/u, '').trim().replace(/[:：]\s*$/, '');
}

/** Undoes letter-spaced headings ("E X P E R I E N C E"), decorations and a qualifier ("Projects (open source)"). */
function normalizeHeading(text: string): string {
  // Icon fonts put a private-use glyph before the heading word (" Education").
  let t = stripHeadingDecoration(text).replace(/\s*\([^)]{1,30}\)$/, '');
  if (/^(?:\p{L} ){2,}\p{L}$/u.test(t)) t = t.replace(/ /g, '');
  return t.replace(/\s+/g, ' ').toLowerCase();
}

/** The section a printed heading introduces ('contact' for contact blocks), or undefined. */
export function headingKindOf(text: string): PdfHeadingKind | undefined {
  const normalized = normalizeHeading(text);
  if (normalized.length === 0 || normalized.length > 48) return undefined;
  const shared = sectionKindOfHeading(normalized);
  if (shared) return shared;
  for (const [pattern, kind] of EXTRA_HEADINGS) if (pattern.test(normalized)) return kind;
  return undefined;
}
