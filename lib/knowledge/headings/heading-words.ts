import type { SectionKind } from '../../model/candidate-document';

/** What a heading introduces: a section, or the contact block a reader folds into the person. */
export type HeadingKind = SectionKind | 'contact';

/**
 * How strongly a word names its section when a heading holds several: a section noun ("Skills Summary",
 * "Experience & Projects") beats a secondary list (languages, interests), which beats a summary word
 * ("Career Summary"), which beats the broad words that name work or study only on their own ("Work",
 * "Career", "Professional Journey", "Academic Background"). Other words ("Other Experience") name a
 * section last of all.
 */
export const HeadingRank = { Section: 0, Secondary: 1, Summary: 2, Broad: 3, Leftover: 4 } as const;
export type HeadingRank = (typeof HeadingRank)[keyof typeof HeadingRank];

export interface HeadingWord {
  kind: HeadingKind;
  rank: HeadingRank;
}

type Table = [HeadingKind, HeadingRank, string][];

// Whole words, lower case, in English and the languages recruiters meet most often. Hyphens and
// apostrophes split words before lookup ("Honors-Awards", "centres d'intérêt"), so each piece is listed.
const WORDS: Table = [
  [
    'experience',
    HeadingRank.Section,
    'experience experiences employment internships internship berufserfahrung erfahrung erfahrungen werdegang praxiserfahrung expérience expériences experiencia experiencias esperienza esperienze experiência experiências опыт стажировки werkervaring ervaring doświadczenie',
  ],
  ['experience', HeadingRank.Broad, 'work career history journey research positions background parcours trayectoria carrière carrera'],
  [
    'education',
    HeadingRank.Section,
    'education educational coursework ausbildung bildung schulbildung studium educación formación formation formations études estudios diplômes istruzione formazione formação educação образование opleiding opleidingen wykształcenie',
  ],
  ['education', HeadingRank.Summary, 'qualifications'],
  ['education', HeadingRank.Broad, 'academic academics'],
  [
    'skills',
    HeadingRank.Section,
    'skills skill competencies competences competency expertise technologies stack toolkit toolbox tools proficiencies frameworks programming kenntnisse fähigkeiten fähigkeit kompetenzen compétences habilidades competencias conocimientos competenze competências навыки технологии стек vaardigheden umiejętności',
  ],
  ['projects', HeadingRank.Section, 'projects project portfolio projekte proyectos projets progetti projetos проекты projecten projekty'],
  [
    'publications',
    HeadingRank.Section,
    'publications papers patents talks presentations publikationen veröffentlichungen publicaciones publicações pubblicazioni публикации доклады publicaties',
  ],
  [
    'certifications',
    HeadingRank.Section,
    'certifications certification certificates certificate licenses licences courses training trainings zertifikate zertifizierungen weiterbildung weiterbildungen certificats certificaciones certificados cursos certificações certificazioni сертификаты сертификации курсы certificaten certyfikaty',
  ],
  [
    'awards',
    HeadingRank.Section,
    'awards honors honours achievements accomplishments prizes auszeichnungen distinctions prix premios logros premi prêmios награды достижения',
  ],
  ['volunteering', HeadingRank.Section, 'volunteering volunteer ehrenamt bénévolat voluntariado volontariato волонтёрство волонтерство'],
  ['volunteering', HeadingRank.Secondary, 'activities leadership extracurricular'],
  ['languages', HeadingRank.Secondary, 'languages sprachen sprachkenntnisse idiomas langues lingue языки talen języki'],
  ['contact', HeadingRank.Section, 'contact contacts kontakt kontaktdaten coordonnées contacto contato contatti контакты contactgegevens'],
  [
    'summary',
    HeadingRank.Summary,
    'summary profile objective about overview introduction bio biography highlights résumé resumen resumo profil perfil profilo profiel zusammenfassung kurzprofil sommario samenvatting podsumowanie резюме',
  ],
  [
    'other',
    HeadingRank.Secondary,
    'interests hobbies hobbys references information intérêt intérêts loisirs intereses interessen interessi interesses интересы',
  ],
  ['other', HeadingRank.Leftover, 'other additional miscellaneous sonstiges дополнительно'],
];

// Two-word names whose words mean something else apart ("about me", "personal details").
const PHRASES: Table = [
  ['summary', HeadingRank.Summary, 'about me|über mich|à propos|sobre mí|sobre mim|о себе|обо мне|me présente'],
  [
    'contact',
    HeadingRank.Section,
    'personal details|personal information|personal data|persönliche daten|données personnelles|datos personales|dados pessoais|контактная информация',
  ],
  ['skills', HeadingRank.Section, 'tech stack'],
];

/** Words that only qualify a heading ("Select Work Experience", "Опыт работы"): allowed, never deciding. */
export const HEADING_QUALIFIERS = new Set(
  (
    'professional relevant selected select key core technical tech top recent notable personal side open source industry engineering ' +
    'software main major previous prior related full complete hands on practical applied independent freelance detailed brief ' +
    'executive summer graduate undergraduate university teaching community soft hard general areas area domain spoken foreign ' +
    'and of in the my a an for with or at und et y e i и de del des du d la le les der die das en van het von ' +
    'berufliche beruflicher beruflichen technische persönliche akademische professionnelle professionnel professionnelles techniques ' +
    'académique académiques principales laboral profesional profesionales técnicas técnicos académica académico lavorativa lavorative ' +
    'professionale professionali tecniche profissional profissionais principais acadêmica técnicas работы профессиональный ' +
    'профессиональные ключевые личные технические дополнительная иностранные языковые pet zawodowe centres centre je responsibility'
  ).split(' '),
);

function tableOf(rows: Table, separator: string | RegExp): Map<string, HeadingWord> {
  const map = new Map<string, HeadingWord>();
  for (const [kind, rank, words] of rows) for (const word of words.split(separator)) map.set(word, { kind, rank });
  return map;
}

export const HEADING_WORDS = tableOf(WORDS, ' ');
export const HEADING_PHRASES = tableOf(PHRASES, '|');

// Scripts written without spaces: a heading is matched by the words it contains. More specific names come
// first ("教育经历" is education, although "经历" alone is experience).
export const UNSPACED_HEADING_WORDS: [string, HeadingKind][] = [
  ['教育', 'education'],
  ['学历', 'education'],
  ['学歴', 'education'],
  ['학력', 'education'],
  ['项目', 'projects'],
  ['プロジェクト', 'projects'],
  ['프로젝트', 'projects'],
  ['论文', 'publications'],
  ['发表', 'publications'],
  ['論文', 'publications'],
  ['논문', 'publications'],
  ['竞赛', 'awards'],
  ['获奖', 'awards'],
  ['荣誉', 'awards'],
  ['受賞', 'awards'],
  ['수상', 'awards'],
  ['证书', 'certifications'],
  ['資格', 'certifications'],
  ['자격', 'certifications'],
  ['技能', 'skills'],
  ['スキル', 'skills'],
  ['기술', 'skills'],
  ['语言', 'languages'],
  ['語学', 'languages'],
  ['어학', 'languages'],
  ['联系', 'contact'],
  ['連絡', 'contact'],
  ['연락', 'contact'],
  ['简介', 'summary'],
  ['评价', 'summary'],
  ['自己PR', 'summary'],
  ['자기소개', 'summary'],
  ['工作', 'experience'],
  ['实习', 'experience'],
  ['经历', 'experience'],
  ['经验', 'experience'],
  ['職歴', 'experience'],
  ['経歴', 'experience'],
  ['경력', 'experience'],
];
