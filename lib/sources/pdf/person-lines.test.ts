import { describe, expect, it } from 'vitest';
import { layoutStatsOf } from './layout-stats';
import { linesOfPages } from './lines-of-pages';
import { findNameLine, isContactLike, linksIn, looksLikeName } from './person-lines';
import { page, run } from './test-items';

describe('looksLikeName', () => {
  it.each(['Jane Example', 'Nikolay S. Markov', 'MINGUN PAK', 'Апухтин Владислав Борисович', 'Anne-Marie O’Neil'])('%s is a name', (text) => {
    expect(looksLikeName(text)).toBe(true);
  });
  it.each(['Experience', 'Jane', 'jane@example.com', 'Senior Engineer at Acme Corp since 2019', 'Page 1 of 2'])('%s is no name', (text) => {
    expect(looksLikeName(text)).toBe(false);
  });
});

describe('isContactLike', () => {
  it.each(['jane@example.com', '+1 226 899 0308', 'github.com/jane', 'Kaggle', 'ï andrew-fantino', 'jdoe951', '\uF0E0 Email'])(
    '%s is contact detail',
    (text) => {
      expect(isContactLike(text)).toBe(true);
    },
  );
  it.each(['Senior Machine Learning Engineer', 'DevOps Engineer', 'ML Engineer / Data Scientist'])('%s is no contact detail', (text) => {
    expect(isContactLike(text)).toBe(false);
  });
});

describe('linksIn', () => {
  it('finds URLs, profile paths and bare personal domains, never e-mail domains or framework names', () => {
    expect(linksIn(['jane@icloud.com | mxposed.github.io | https://x.dev/a.', 'linkedin.com/in/jane-doe, ASP.NET and Node.js'])).toEqual([
      'https://mxposed.github.io',
      'https://x.dev/a',
      'https://linkedin.com/in/jane-doe',
    ]);
  });
});

describe('findNameLine', () => {
  it('takes the large name above the first heading, not a large heading-like line further down', () => {
    const lines = linesOfPages([
      page([
        run('Jane Example', 50, 760, 11, true),
        run('Education', 50, 730, 14),
        run('Graduate Research Project', 50, 700, 14),
        run('Text body line here.', 50, 680),
      ]),
    ]);
    expect(findNameLine(lines, layoutStatsOf(lines))).toBe(0);
  });

  it('finds the name in the main column when a sidebar comes first in reading order', () => {
    const items = [run('Contact', 22, 740, 13), run('jane@example.com', 22, 720, 10.5), run('Top Skills', 22, 690, 13)];
    ['Kubernetes', 'PyTorch', 'MLOps', 'Terraform'].forEach((skill, i) => items.push(run(skill, 22, 672 - i * 17.6, 10.5)));
    items.push(run('Jane Example', 224, 726, 26), run('ML Engineer', 224, 705, 12), run('Summary', 224, 660, 15.75));
    for (let i = 0; i < 6; i++) items.push(run('I build forecasting systems that run in production every day.', 224, 640 - i * 18, 10.5));
    const lines = linesOfPages([page(items)]);
    expect(lines[findNameLine(lines, layoutStatsOf(lines))!].text).toBe('Jane Example');
  });
});
