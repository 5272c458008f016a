import { describe, expect, it } from 'vitest';
import { documentOfPages } from './document-of-pages';
import { page, run, sheet } from './test-items';
import { short } from '../../../tests/fixtures/short-dates';

describe('documentOfPages', () => {
  it('reads name, contacts and a headless summary from the top', () => {
    const doc = documentOfPages([
      page(
        sheet([
          ['Jane Example', 50, 22, true, 'jane@example.com'],
          ['Applied ML Engineer | github.com/jane-example | Berlin, Germany'],
          ['Engineer who ships models and keeps them healthy in production for years now.'],
          ['EXPERIENCE', 50, 12, true],
          ['ML Engineer', 50, 10, true, '2020 – 2023'],
          ['• Deployed models.', 56],
        ]),
      ),
    ]);
    expect(doc.person).toEqual({
      name: 'Jane Example',
      headline: 'Applied ML Engineer',
      location: 'Berlin, Germany',
      links: ['https://github.com/jane-example'],
    });
    expect(doc.sections[0]).toMatchObject({
      kind: 'summary',
      heading: '',
      blocks: [{ text: 'Engineer who ships models and keeps them healthy in production for years now.' }],
    });
  });

  it('recognises a heading behind an icon glyph and cleans it', () => {
    const doc = documentOfPages([
      page(
        sheet([
          ['Jane Example', 50, 22],
          ['\uF0B1 Education', 50, 14],
          ['MSc Data Science, Example University', 50, 10, true, '2015 – 2017'],
        ]),
      ),
    ]);
    expect(doc.sections.map((section) => [section.kind, section.heading])).toEqual([['education', 'Education']]);
    expect(doc.sections[0].blocks[0]).toMatchObject({
      title: 'MSc Data Science',
      org: 'Example University',
      dates: { start: { year: 2015 }, end: { year: 2017 } },
    });
  });

  it('gives roles listed under one company line that company, and keeps labelled detail lines in the text', () => {
    const doc = documentOfPages([
      page(
        sheet([
          ['Jane Example', 50, 22],
          ['Experience', 50, 14, true],
          ['Example Robotics', 50, 10, true],
          ['Senior ML Engineer', 50, 10, false, 'Jan 2021 – Present'],
          ['• Cut serving latency by 40%.', 56],
          ['Github: github.com/jane/robots', 56],
          ['ML Engineer', 50, 10, false, 'Jan 2019 – Dec 2020'],
          ['• Built the training pipeline.', 56],
        ]),
      ),
    ]);
    const roles = doc.sections[0].blocks;
    expect(roles.map((role) => [role.title, role.org, short(role.dates?.start)])).toEqual([
      ['Senior ML Engineer', 'Example Robotics', '2021-01'],
      ['ML Engineer', 'Example Robotics', '2019-01'],
    ]);
    expect(roles[0].text).toBe('Cut serving latency by 40%.\nGithub: github.com/jane/robots');
  });

  it('starts a new entry at each dated header line even without a description', () => {
    const doc = documentOfPages([
      page(
        sheet([
          ['Jane Example', 50, 22],
          ['EDUCATION', 50, 12, true],
          ['BTech in Computer Science, Example Institute', 50, 10, false, '2011 – 2015'],
          ['Machine Learning Nanodegree, Udacity', 50, 10, true, '2019'],
          ['Data Analyst Nanodegree, Udacity', 50, 10, true, '2018'],
        ]),
      ),
    ]);
    expect(doc.sections[0].blocks.map((block) => [block.title, block.org, short(block.dates?.start)])).toEqual([
      ['BTech in Computer Science', 'Example Institute', '2011'],
      ['Machine Learning Nanodegree', 'Udacity', '2019'],
      ['Data Analyst Nanodegree', 'Udacity', '2018'],
    ]);
  });

  it('keeps a header line that names nothing (a team size) in the entry text, and bullets without headers as one block', () => {
    const doc = documentOfPages([
      page(
        sheet([
          ['Jane Example', 50, 22],
          ['PROJECTS', 50, 12, true],
          ['Shelf Scanner', 50, 10, true],
          ['Team Lead | 4 Members'],
          ['• Trained a detector on 20k shelf photos.', 56],
          ['EXPERIENCE', 50, 12, true],
          ['• Built pipelines.', 56],
          ['• Served models.', 56],
        ]),
      ),
    ]);
    expect(doc.sections[0].blocks).toMatchObject([{ title: 'Shelf Scanner', text: 'Team Lead | 4 Members\nTrained a detector on 20k shelf photos.' }]);
    expect(doc.sections[1].blocks).toMatchObject([{ text: 'Built pipelines.\nServed models.' }]);
    expect(doc.sections[1].blocks[0].title).toBeUndefined();
  });

  it('continues each column’s own section on the next page, so a sidebar never spills into experience', () => {
    const sidebar = (skills: string[], top: number) => skills.map((skill, i) => run(skill, 22, top - i * 17.6, 10.5));
    const main = (lines: string[], top: number) => lines.map((text, i) => run(text, 224, top - i * 18, 10.5));
    const role = 'Operated forecasting services for the energy grid, every day of the year.';
    const doc = documentOfPages([
      page(
        [
          run('Top Skills', 22, 740, 13),
          ...sidebar(['Kubernetes', 'PyTorch', 'MLOps', 'Terraform'], 720),
          run('Jane Example', 224, 740, 26),
          run('Experience', 224, 700, 15.75),
          run('Helio Grid', 224, 680, 12),
          ...main([role, role, role, role], 660),
        ],
        1,
      ),
      page([...sidebar(['Feature Stores', 'Model Serving', 'Vector Search', 'Observability'], 740), ...main([role, role, role, role, role], 740)], 2),
    ]);
    const skills = doc.sections.find((section) => section.kind === 'skills')!.blocks.map((block) => block.text);
    expect(skills).toEqual(['Kubernetes', 'PyTorch', 'MLOps', 'Terraform', 'Feature Stores', 'Model Serving', 'Vector Search', 'Observability']);
    const experience = doc.sections
      .find((section) => section.kind === 'experience')!
      .blocks.map((block) => block.text)
      .join('\n');
    expect(experience).not.toMatch(/Feature Stores|Model Serving|Vector Search|Observability/);
  });

  it('drops a running header on page 2 and warns about a page without text', () => {
    const doc = documentOfPages([
      page(sheet([['Jane Example', 50, 22], ['Skills', 50, 14, true], ['Python, SQL']]), 1),
      page(sheet([['Jane Example', 50, 22], ['Kubernetes, Terraform']]), 2),
      page([], 3),
    ]);
    expect(doc.sections[0].blocks.map((block) => block.text)).toEqual(['Python, SQL', 'Kubernetes, Terraform']);
    expect(doc.warnings).toEqual(['Page 3 had no text layer and was skipped.']);
  });
  it('keeps what a heading’s row also prints in that section', () => {
    const doc = documentOfPages([
      page(
        sheet([
          ['Jane Example', 50, 22],
          ['Experience', 50, 14, true],
          ['ML Engineer, Example Robotics', 50, 10, true, '2020 – 2023'],
          ['• Cut serving latency by 40%.', 56],
          ['Publications', 50, 14, true, '(* equal contribution)'],
          ['Example, J.* and Doe, K.* Cheap drift signals. Workshop on ML in Production, 2022.'],
        ]),
      ),
    ]);
    expect(doc.sections.find((section) => section.kind === 'publications')?.blocks.map((block) => block.text)).toEqual([
      '(* equal contribution)',
      'Example, J.* and Doe, K.* Cheap drift signals. Workshop on ML in Production, 2022.',
    ]);
  });
});
