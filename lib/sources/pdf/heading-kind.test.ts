import { describe, expect, it } from 'vitest';
import { headingKindOf } from './heading-kind';

describe('headingKindOf', () => {
  it.each([
    ['Experience', 'experience'],
    ['WORK EXPERIENCE', 'experience'],
    ['Professional Experience:', 'experience'],
    ['E X P E R I E N C E', 'experience'],
    ['Опыт работы', 'experience'],
    ['Berufserfahrung', 'experience'],
    ['Beruflicher Werdegang', 'experience'],
    ['Education', 'education'],
    ['Образование', 'education'],
    ['Skills', 'skills'],
    ['Top Skills', 'skills'],
    ['Навыки', 'skills'],
    ['Compétences techniques', 'skills'],
    ['Projects', 'projects'],
    ['Проекты', 'projects'],
    ['Publications', 'publications'],
    ['Key publications', 'publications'],
    ['Certifications', 'certifications'],
    ['Summary', 'summary'],
    ['Honors-Awards', 'awards'],
    ['Languages', 'languages'],
    ['Contact', 'contact'],
    ['Дополнительно', 'other'],
    ['Work History', 'experience'],
    ['Professional Summary', 'summary'],
    ['Projekte', 'projects'],
    ['Licenses & Certifications', 'certifications'],
    ['Volunteer Experience', 'volunteering'],
    ['Idiomas', 'languages'],
    ['Skills & Expertise', 'skills'],
  ])('%s -> %s', (text, kind) => {
    expect(headingKindOf(text)).toBe(kind);
  });

  it.each(['Senior Machine Learning Engineer', 'Deployed models to production', 'Acme Corp', '', 'x'.repeat(60)])('%s is no heading', (text) => {
    expect(headingKindOf(text)).toBeUndefined();
  });
});
