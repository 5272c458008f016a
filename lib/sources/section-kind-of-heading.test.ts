import { describe, expect, it } from 'vitest';
import { sectionKindOfHeading } from './section-kind-of-heading';

describe('sectionKindOfHeading', () => {
  it.each([
    ['EXPERIENCE', 'experience'],
    ['Work Experience:', 'experience'],
    ['Professional Summary', 'summary'],
    ['Technical Skills', 'skills'],
    ['Skills & Tools', 'skills'],
    ['Selected Projects', 'projects'],
    ['Licenses & certifications', 'certifications'],
    ['Опыт работы', 'experience'],
    ['Berufserfahrung', 'experience'],
    ['Education', 'education'],
  ])('%s is a %s heading', (heading, kind) => {
    expect(sectionKindOfHeading(heading)).toBe(kind);
  });

  it.each(['Built a recommender with PyTorch', 'Experienced engineer', 'Skills I learned at school were many', ''])(
    '%s is not a heading',
    (line) => {
      expect(sectionKindOfHeading(line)).toBeUndefined();
    },
  );
});
