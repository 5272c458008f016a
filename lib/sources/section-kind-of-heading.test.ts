import { describe, expect, it } from 'vitest';
import { headingKindOf, sectionKindOfHeading } from './section-kind-of-heading';

describe('headingKindOf', () => {
  it.each([
    ['EXPERIENCE', 'experience'],
    ['Work Experience:', 'experience'],
    ['E X P E R I E N C E', 'experience'],
    ['W O R K   H I S T O R Y', 'experience'],
    ['Work History', 'experience'],
    ['Professional Summary', 'summary'],
    ['Technical Skills', 'skills'],
    ['Skills & Tools', 'skills'],
    ['Skills & Expertise', 'skills'],
    ['Top Skills', 'skills'],
    ['Selected Projects', 'projects'],
    ['Licenses & certifications', 'certifications'],
    ['Education', 'education'],
    ['Publications', 'publications'],
    ['Key publications', 'publications'],
    ['Honors-Awards', 'awards'],
    ['Volunteer Experience', 'volunteering'],
    ['Languages', 'languages'],
    ['Contact', 'contact'],
    ['Personal details', 'contact'],
    ['Interests', 'other'],
    ['Additional Information', 'other'],
  ])('%s -> %s', (text, kind) => {
    expect(headingKindOf(text)).toBe(kind);
  });

  it.each([
    ['Опыт работы', 'experience'],
    ['Berufserfahrung', 'experience'],
    ['Beruflicher Werdegang', 'experience'],
    ['Expérience professionnelle', 'experience'],
    ['Experiencia laboral', 'experience'],
    ['Experiência', 'experience'],
    ['Образование', 'education'],
    ['Formação acadêmica', 'education'],
    ['Навыки', 'skills'],
    ['Compétences techniques', 'skills'],
    ['Principais competências', 'skills'],
    ['Projekte', 'projects'],
    ['Проекты', 'projects'],
    ['Idiomas', 'languages'],
    ['Contato', 'contact'],
    ['Resumo', 'summary'],
    ['Über mich', 'summary'],
    ['Je me présente', 'summary'],
    ["Centres d'intérêt", 'other'],
    ['Дополнительно', 'other'],
    ['工作经历', 'experience'],
    ['教育经历', 'education'],
    ['项目经历', 'projects'],
    ['专业技能', 'skills'],
  ])('%s (not English) -> %s', (text, kind) => {
    expect(headingKindOf(text)).toBe(kind);
  });

  it.each([
    ['Experience ____________', 'experience'],
    ['---- EDUCATION ----', 'education'],
    ['◆ WORK HISTORY', 'experience'],
    ['▸ Projects', 'projects'],
    ['\uF0B1 Education', 'education'],
    ['== Skills ==', 'skills'],
    ['Projects . . . . . .', 'projects'],
    ['02. Experience', 'experience'],
    ['PROJECTS (OPEN SOURCE)', 'projects'],
  ])('%s (decorated) -> %s', (text, kind) => {
    expect(headingKindOf(text)).toBe(kind);
  });

  it.each([
    ['Select Work Experience', 'experience'],
    ['Professional Journey', 'experience'],
    ['Skills Summary', 'skills'],
    ['TECH SKILLS', 'skills'],
    ['Tech Stack', 'skills'],
    ['PROFESSIONAL EXPERIENCE & PROJECTS', 'experience'],
    ['EDUCATION AND CERTIFICATIONS', 'education'],
    ['Projects and Publications', 'projects'],
    ['Career Summary', 'summary'],
    ['Experience Summary', 'experience'],
    ['Programming Languages', 'skills'],
    ['Languages & Frameworks', 'skills'],
    ['Academic Background', 'education'],
    ['Research', 'experience'],
    ['Research Interests', 'other'],
    ['Machine Learning Projects', 'projects'],
    ['Areas of Expertise', 'skills'],
    ['Other Experience', 'experience'],
  ])('%s (several words) -> %s', (text, kind) => {
    expect(headingKindOf(text)).toBe(kind);
  });

  it.each([
    'Senior Machine Learning Engineer',
    'Deployed models to production',
    'Experienced engineer',
    'Acme Corp',
    'Salary History',
    'Skills I learned at school were many',
    'Built a recommender with PyTorch',
    'Skills: Python, SQL, Docker',
    'Experience 2019 – 2021',
    '------',
    '',
    'x'.repeat(60),
  ])('%s is no heading', (text) => {
    expect(headingKindOf(text)).toBeUndefined();
  });
});

describe('sectionKindOfHeading', () => {
  it('reads a contact heading as an other section for readers without a contact block', () => {
    expect(sectionKindOfHeading('Contact Information')).toBe('other');
    expect(sectionKindOfHeading('Experience')).toBe('experience');
  });
});
