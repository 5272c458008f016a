import { describe, expect, it } from 'vitest';
import type { CandidateDocument } from '../model/candidate-document';
import { Screening } from '../model/screening';
import { screenDocument } from './screen-document';

const NOW = new Date('2025-06-15T00:00:00Z');

// An invented ML engineer: two roles at one company (a promotion), an earlier job, a master's degree,
// a skills list with tools never used in the text, and one hype sentence in the summary.
const mlEngineer: CandidateDocument = {
  source: 'jsonresume',
  capturedAt: NOW.toISOString(),
  person: { name: 'Mara Lindqvist', headline: 'Senior Machine Learning Engineer', links: [] },
  sections: [
    { kind: 'summary', heading: 'Summary', blocks: [{ id: 'summary-0', text: 'Results-driven engineer who builds search and ranking systems.' }] },
    {
      kind: 'experience',
      heading: 'Work',
      blocks: [
        {
          id: 'exp-1',
          title: 'Senior Machine Learning Engineer',
          org: 'Fjordcart',
          dates: { raw: '2022-03 – present', start: { year: 2022, month: 3 } },
          text:
            'Deployed a PyTorch ranking model behind FastAPI on Kubernetes, serving 4,000 requests per second at 45 ms p99 latency.\n' +
            'Set up drift monitoring with Prometheus and Grafana and weekly retraining pipelines in Airflow with MLflow.\n' +
            'Raised checkout conversion by 3.2% in an A/B test.',
        },
        {
          id: 'exp-2',
          title: 'Machine Learning Engineer',
          org: 'Fjordcart',
          dates: { raw: '2020-01 – 2022-02', start: { year: 2020, month: 1 }, end: { year: 2022, month: 2 } },
          text: 'Trained gradient-boosted models with XGBoost for delivery time estimates and cut estimate error by 18%.',
        },
        {
          id: 'exp-3',
          title: 'Data Analyst',
          org: 'Nordbank',
          dates: { raw: '2017-09 – 2019-10', start: { year: 2017, month: 9 }, end: { year: 2019, month: 10 } },
          text: 'Built weekly credit risk reports in SQL and Python for the lending team.',
        },
      ],
    },
    {
      kind: 'education',
      heading: 'Education',
      blocks: [
        {
          id: 'edu-1',
          title: 'MSc Computer Science',
          org: 'Uppsala University',
          dates: { raw: '2015-09 – 2017-06', start: { year: 2015, month: 9 }, end: { year: 2017, month: 6 } },
          text: 'MSc Computer Science',
        },
      ],
    },
    { kind: 'skills', heading: 'Skills', blocks: [{ id: 'skills-1', text: 'Python, PyTorch, XGBoost, SQL, Kubernetes, Terraform, Spark, Airflow' }] },
  ],
  incomplete: [],
  warnings: [],
};

describe('screenDocument (golden)', () => {
  const screening = screenDocument(mlEngineer, { now: NOW, mustHave: ['pytorch', 'Ray'] });

  it('produces a valid Screening', () => {
    expect(() => Screening.parse(screening)).not.toThrow();
  });

  it('finds quantified production ML work, and holds the verdict at potential for a missing must-have', () => {
    expect(screening.production.level).toBe('quantified');
    expect(screening.verdict).toBe('potential');
    expect(screening.verdictRule?.id).toBe('potential.must-have-missing');
    expect(screening.reasons[0]).toBe('At most potential: must-have tool Ray not found in the document.');
    const withoutRay = screenDocument(mlEngineer, { now: NOW, mustHave: ['pytorch'] });
    expect(withoutRay.verdict).toBe('strong');
    expect(withoutRay.score).toBeGreaterThanOrEqual(60);
    expect(withoutRay.reasons[0]).toMatch(/^Strong/);
  });

  it('summarises tools once each, used when shown in work', () => {
    const pytorch = screening.tools.filter((t) => t.name === 'PyTorch');
    expect(pytorch).toHaveLength(1);
    expect(pytorch[0].usage).toBe('used');
    expect(screening.tools.find((t) => t.name === 'Terraform')?.usage).toBe('listed');
  });

  it('raises no red flag: a promotion is not a hop and the degree explains the time before the first job', () => {
    expect(screening.flags.map((f) => f.id)).toEqual([]);
  });

  it('checks the ML engineer items and the must-have tools', () => {
    const status = Object.fromEntries(screening.checklist.map((c) => [c.id, c.status]));
    expect(status).toMatchObject({
      'ml-in-work': 'pass',
      'ships-to-production': 'pass',
      'production-numbers': 'pass',
      'monitors-production': 'pass',
      'must-have:pytorch': 'pass',
      'must-have:ray': 'fail',
    });
    expect(screening.checklist.find((c) => c.id === 'must-have:pytorch')?.label).toBe('Must have: PyTorch');
  });

  it('reads tenure for every dated role and degree', () => {
    const tenure = screening.evidence.filter((e) => e.kind === 'tenure');
    expect(tenure.map((t) => t.kind === 'tenure' && t.tenure.months)).toEqual([40, 26, 26, 22]);
  });

  it('every id it cites exists in the evidence', () => {
    const ids = new Set(screening.evidence.map((e) => e.id));
    const cited = [
      ...screening.flags.flatMap((f) => f.evidenceIds),
      ...screening.checklist.flatMap((c) => c.evidenceIds),
      ...screening.tools.flatMap((t) => t.evidenceIds),
      ...screening.production.evidenceIds,
      ...screening.buzzwords.evidenceIds,
    ];
    for (const id of cited) expect(ids.has(id)).toBe(true);
  });
});

describe('screenDocument on empty and hostile input', () => {
  it.each<[string, CandidateDocument]>([
    ['no sections', { ...mlEngineer, sections: [] }],
    [
      'regex-hostile text',
      {
        ...mlEngineer,
        sections: [
          { kind: 'experience', heading: 'x', blocks: [{ id: 'x', text: '2019-'.repeat(5000) + '((((a+)+)+)'.repeat(500), title: '1/2019 – '.repeat(300) }] },
        ],
      },
    ],
  ])('%s: says there is not enough evidence and why, with a score of 0', (_name, doc) => {
    const s = screenDocument(doc, { now: NOW });
    expect(() => Screening.parse(s)).not.toThrow();
    expect(s.verdict).toBe('insufficient');
    expect(s.score).toBe(0);
    expect(s.reasons).toEqual([expect.stringMatching(/^Not enough evidence: (no readable text was found|only \d+ words of text)/)]);
  });
});
