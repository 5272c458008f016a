import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../model/evidence';
import { artifact, documentWith, factsFromSentences, factsOf, outcome, production, tool } from '../test-support/evidence-builders';
import type { CheckOptions } from './check-result';
import { CHECKS } from './checks';

const ML: CheckOptions = { requireMl: true };
const ANY: CheckOptions = { requireMl: false };

type Row = [check: string, name: string, evidence: Evidence[], status: 'pass' | 'fail'];

const rows: Row[] = [
  ['ships-to-production', 'a specified deployment', [production('specified')], 'pass'],
  ['ships-to-production', 'a repository with a Dockerfile', [artifact('container', 'Dockerfile')], 'pass'],
  ['ships-to-production', 'production only mentioned', [production('mentioned')], 'fail'],
  ['production-numbers', 'quantified production', [production('quantified')], 'pass'],
  ['production-numbers', 'specified production beside a benchmark figure', [production('specified'), outcome('80x', 'latency')], 'fail'],
  ['production-numbers', 'specified production only', [production('specified')], 'fail'],
  ['quantifies-impact', 'two results', [outcome('40%', 'latency'), outcome('$1M', 'revenue')], 'pass'],
  ['quantifies-impact', 'one business result', [outcome('$1M', 'revenue')], 'pass'],
  ['quantifies-impact', 'one accuracy figure', [outcome('94%', 'quality')], 'fail'],
  ['monitors-production', 'drift monitoring', [production('specified', 'drift', 'Set up drift alerts in Evidently.')], 'pass'],
  ['monitors-production', 'Grafana used at work', [tool('Grafana', 'monitoring')], 'pass'],
  ['monitors-production', 'monitoring only mentioned', [production('mentioned', 'monitoring')], 'fail'],
  ['dl-framework', 'PyTorch at work', [tool('PyTorch', 'ml-framework')], 'pass'],
  ['dl-framework', 'PyTorch only listed', [tool('PyTorch', 'ml-framework', 'listed')], 'fail'],
  ['cloud-containers', 'Kubernetes at work', [tool('Kubernetes', 'container')], 'pass'],
  ['cloud-containers', 'nothing', [], 'fail'],
  ['data-pipelines', 'Airflow at work', [tool('Airflow', 'orchestration')], 'pass'],
  ['data-pipelines', 'a retraining pipeline', [production('specified', 'retraining')], 'pass'],
  ['data-pipelines', 'Airflow listed', [tool('Airflow', 'orchestration', 'listed')], 'fail'],
  ['experiment-tracking', 'MLflow at work', [tool('MLflow', 'experiment-tracking')], 'pass'],
  ['experiment-tracking', 'nothing', [], 'fail'],
  ['ci-cd', 'GitHub Actions at work', [tool('GitHub Actions', 'ci-cd')], 'pass'],
  ['ci-cd', 'nothing', [], 'fail'],
  ['infrastructure-as-code', 'Terraform at work', [tool('Terraform', 'infrastructure')], 'pass'],
  ['infrastructure-as-code', 'nothing', [], 'fail'],
  ['serving', 'a model served behind an API', [production('specified', 'serving')], 'pass'],
  ['serving', 'nothing', [], 'fail'],
  ['ml-modelling', 'scikit-learn at work', [tool('scikit-learn', 'ml-library')], 'pass'],
  ['ml-modelling', 'a model metric', [outcome('0.91', 'quality')], 'pass'],
  ['ml-modelling', 'nothing', [], 'fail'],
  ['sql-analytics', 'PostgreSQL at work', [tool('PostgreSQL', 'database')], 'pass'],
  ['sql-analytics', 'SQL at work', [tool('SQL', 'language')], 'pass'],
  ['sql-analytics', 'Java at work', [tool('Java', 'language')], 'fail'],
];

describe('checklist checks', () => {
  it.each(rows)('%s: %s', (check, _name, evidence, status) => {
    const result = CHECKS[check].run(factsOf(evidence), ANY);
    expect(result.status).toBe(status);
    if (status === 'pass') expect(result.evidenceIds.length).toBeGreaterThan(0);
    else expect(result.searched).toBeTruthy();
  });

  it.each<[string, ReturnType<typeof documentWith>, 'pass' | 'fail']>([
    ['a publications section', documentWith([{ kind: 'publications', blocks: [{ id: 'pub', text: 'Sparse rankers. KDD 2023.' }] }]), 'pass'],
    [
      'a paper named in experience',
      documentWith([{ kind: 'experience', blocks: [{ id: 'e', text: 'Published a paper on sparse retrieval at EMNLP.' }] }]),
      'pass',
    ],
    ['a venue acronym', documentWith([{ kind: 'projects', blocks: [{ id: 'p', text: 'Sparse retrieval (ICLR 2024 workshop).' }] }]), 'pass'],
    ['a newspaper mention', documentWith([{ kind: 'experience', blocks: [{ id: 'e', text: 'Featured in the Atlanta Journal Constitution.' }] }]), 'fail'],
    ['access lists and web addresses', documentWith([{ kind: 'experience', blocks: [{ id: 'e', text: 'Managed acl rules for www.example.com.' }] }]), 'fail'],
    ['no research output', documentWith(), 'fail'],
  ])('publications: %s', (_name, doc, status) => {
    expect(CHECKS.publications.run(factsOf([], doc), ML).status).toBe(status);
  });

  it.each<[string, ReturnType<typeof documentWith>, 'pass' | 'fail']>([
    [
      'an ML engineer title with ML work',
      documentWith([{ kind: 'experience', blocks: [{ id: 'e', title: 'ML Engineer', text: 'Trained the ranking models.' }] }]),
      'pass',
    ],
    ['a sales title', documentWith([{ kind: 'experience', blocks: [{ id: 'e', title: 'Sales Associate', text: 'Helped customers.' }] }]), 'fail'],
  ])('ml-in-work: %s', (_name, doc, status) => {
    expect(CHECKS['ml-in-work'].run(factsOf([], doc), ML).status).toBe(status);
  });

  // What runs must be a model or an ML system, shown by a sentence: the statement itself or the one it refers back to.
  it.each<[string, string[], 'pass' | 'fail', string]>([
    ['ships-to-production', ['Deployed the fraud-detection model behind FastAPI on EKS.'], 'pass', 'ml-statement'],
    ['ships-to-production', ['Deployed the marketing web page on Netlify with GitHub Actions.'], 'fail', 'not-ml'],
    ['ships-to-production', ['Trained a LightGBM demand forecaster.', 'Deployed it behind FastAPI on Cloud Run.'], 'pass', 'ml-statement'],
    ['ships-to-production', ['Trained a LightGBM demand forecaster.', 'Deployed the admin dashboard on Cloud Run.'], 'fail', 'not-ml'],
    ['serving', ['Served the ranking model behind FastAPI on EKS.'], 'pass', 'ml-statement'],
    ['serving', ['Migrated the REST APIs to Kubernetes on EKS.'], 'fail', 'not-ml'],
    ['ci-cd', ['Set up CI/CD with GitHub Actions that retrains and redeploys the churn model.'], 'pass', 'ml-statement'],
    ['ci-cd', ['Set up CI/CD with GitHub Actions for the SQL databases.'], 'fail', 'not-ml'],
    ['monitors-production', ['Set up drift monitoring for the pricing model in Grafana.'], 'pass', 'ml-statement'],
    ['monitors-production', ['Tracked data drift in production with Evidently.'], 'pass', 'ml-statement'],
    ['monitors-production', ['Set up Grafana dashboards for the payment service.'], 'fail', 'not-ml'],
    ['production-numbers', ['Served the ranking model behind FastAPI at 4,000 requests per second with 40 ms p99 latency.'], 'pass', 'ml-numbers'],
    ['production-numbers', ['The checkout API serves 4,000 requests per second at 40 ms p99 latency on EKS.'], 'fail', 'not-ml'],
    [
      'production-numbers',
      ['Moved the ETA model to an online service: FastAPI on EKS.', 'Serving 4,200 requests/sec at peak with p99 latency of 38ms.'],
      'pass',
      'ml-numbers',
    ],
    [
      'production-numbers',
      ['Trained the churn model in XGBoost.', 'The admin dashboard serves 4,200 requests/sec at peak with p99 latency of 38ms.'],
      'fail',
      'not-ml',
    ],
    [
      'production-numbers',
      [
        'Deployed the fraud model behind FastAPI on EKS.',
        'Set up the Grafana dashboards and PagerDuty alerts that page me when queues back up.',
        'The service now handles 4,000 requests per second.',
      ],
      'pass',
      'ml-numbers',
    ],
    [
      'production-numbers',
      [
        'Deployed the fraud model behind FastAPI on EKS.',
        'Deployed the finance dashboards on Cloud Run.',
        'The service now handles 4,000 requests per second.',
      ],
      'fail',
      'not-ml',
    ],
    [
      'production-numbers',
      ['Deployed the demand forecasting models (LightGBM) on Airflow and FastAPI, setting stock levels for 40,000 products.'],
      'pass',
      'shipped-with-result',
    ],
    ['production-numbers', ['Deployed the demand forecasting models (LightGBM) on Airflow and FastAPI, reaching 0.91 R² on held-out weeks.'], 'fail', 'none'],
  ])('%s for an ML opening: %j -> %s', (check, sentences, status, rule) => {
    const result = CHECKS[check].run(factsFromSentences(sentences), ML);
    expect(result).toMatchObject({ status, ruleId: rule });
    // A pass cites what it found; a failure on a statement about another system cites that statement.
    if (rule !== 'none') expect(result.evidenceIds.length).toBeGreaterThan(0);
  });

  it('says which sentence proved ML when it is not the statement itself', () => {
    const result = CHECKS['ships-to-production'].run(
      factsFromSentences(['Trained a LightGBM demand forecaster.', 'Deployed it behind FastAPI on Cloud Run.']),
      ML,
    );
    expect(result.reason).toContain('ML shown by “Trained a LightGBM demand forecaster.”');
  });

  it('counts any system where ML is optional', () => {
    expect(CHECKS['ships-to-production'].run(factsFromSentences(['Deployed the marketing web page on Netlify with GitHub Actions.']), ANY).status).toBe('pass');
  });

  it('says where the shipping was done when it was not a job', () => {
    const result = CHECKS['ships-to-production'].run(
      factsFromSentences(['Deployed the fraud-detection model behind FastAPI on EKS.'], { section: 'projects', title: 'Fraud detector' }),
      ML,
    );
    expect(result.reason).toMatch(/\(in a self-run project\)\.$/);
  });
});
