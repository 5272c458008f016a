import { describe, expect, it } from 'vitest';
import type { Block } from '../../model/candidate-document';
import type { Evidence } from '../../model/evidence';
import { documentWith, factsOf, tenure } from '../test-support/evidence-builders';
import { flagJobHopping } from './flag-job-hopping';

describe('flagJobHopping', () => {
  it.each<[string, Evidence[], boolean]>([
    [
      'three short jobs in a row',
      [
        tenure('2021-01', '2021-06', { org: 'A' }),
        tenure('2021-07', '2022-01', { org: 'B' }),
        tenure('2022-02', '2022-08', { org: 'C' }),
        tenure('2022-09', 'present', { org: 'D' }),
      ],
      true,
    ],
    [
      'two short of three',
      [tenure('2019-01', '2021-06', { org: 'A' }), tenure('2021-07', '2022-01', { org: 'B' }), tenure('2022-02', '2022-08', { org: 'C' })],
      true,
    ],
    ['long stays', [tenure('2015-01', '2018-06', { org: 'A' }), tenure('2018-07', '2022-01', { org: 'B' }), tenure('2022-02', 'present', { org: 'C' })], false],
    [
      'short internships',
      [
        tenure('2021-06', '2021-08', { org: 'A', title: 'ML Intern' }),
        tenure('2022-06', '2022-08', { org: 'B', title: 'Research Intern' }),
        tenure('2023-01', 'present', { org: 'C' }),
      ],
      false,
    ],
    [
      'a mentorship programme and a short first job',
      [
        tenure('2018-04', '2018-05', { org: 'A', title: 'Data Analyst' }),
        tenure('2020-06', '2020-09', { org: 'B', title: 'Mentee – Elevate Programme' }),
        tenure('2023-10', 'present', { org: 'C' }),
      ],
      false,
    ],
    [
      'short contracts',
      [
        tenure('2021-01', '2021-05', { org: 'A', title: 'Contract ML Engineer' }),
        tenure('2021-06', '2021-11', { org: 'B', title: 'Freelance Data Scientist' }),
      ],
      false,
    ],
    [
      'grouped roles at one company',
      [tenure('2020-01', '2020-06', { org: 'Acme' }), tenure('2020-07', '2020-12', { org: 'Acme' }), tenure('2021-01', '2022-12', { org: 'Acme' })],
      false,
    ],
    [
      'a side role inside a long job',
      [tenure('2018-01', '2024-12', { org: 'Main' }), tenure('2020-03', '2020-08', { org: 'Meetup' }), tenure('2021-03', '2021-08', { org: 'Panel' })],
      false,
    ],
    ['year-only dates', [tenure('2020', '2020', { org: 'A' }), tenure('2021', '2021', { org: 'B' }), tenure('2022', '2022', { org: 'C' })], false],
    [
      'short jobs long ago',
      [tenure('2006-01', '2006-06', { org: 'A' }), tenure('2006-07', '2007-01', { org: 'B' }), tenure('2007-02', 'present', { org: 'C' })],
      false,
    ],
  ])('%s', (_name, evidence, expected) => {
    expect(flagJobHopping(factsOf(evidence)) !== undefined).toBe(expected);
  });

  it('excludes roles whose employment type says contract', () => {
    const blocks: Block[] = [
      { id: 'x1', text: 'Built a model.', employmentType: 'Contract' },
      { id: 'x2', text: 'Built a model.', employmentType: 'Contract' },
    ];
    const doc = documentWith([{ kind: 'experience', blocks }]);
    const evidence = [tenure('2021-01', '2021-05', { org: 'A', blockId: 'x1' }), tenure('2021-06', '2021-11', { org: 'B', blockId: 'x2' })];
    expect(flagJobHopping(factsOf(evidence, doc))).toBeUndefined();
  });
});
