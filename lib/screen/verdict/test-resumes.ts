// Invented people for the verdict table's tests: each resume is written as a recruiter would read it,
// in sections and blocks as a reader hands them over, so that every extractor runs on real sentences.
import { firstDateRange } from '../../knowledge/dates/date-range';
import type { Block, CandidateDocument, Section, SectionKind, SourceKind } from '../../model/candidate-document';

export interface Role {
  title: string;
  org: string;
  dates?: string;
  text: string;
}

export interface ResumeSpec {
  source?: SourceKind;
  name?: string;
  headline?: string;
  summary?: string;
  roles?: Role[];
  projects?: { title: string; text: string }[];
  education?: { title: string; org: string; text: string }[];
  skills?: string;
  /** Sections written out by hand, for pages that are not resumes. */
  sections?: Section[];
}

let counter = 0;

function blocksOf(kind: SectionKind, blocks: Omit<Block, 'id'>[]): Section {
  return { kind, heading: kind, blocks: blocks.map((b) => ({ id: `${kind}-${++counter}`, ...b })) };
}

function datesOf(raw: string): Block['dates'] {
  return firstDateRange(raw)?.range ?? { raw };
}

export function resume(spec: ResumeSpec): CandidateDocument {
  const sections: Section[] = [...(spec.sections ?? [])];
  if (spec.summary) sections.push(blocksOf('summary', [{ text: spec.summary }]));
  if (spec.roles?.length) {
    sections.push(
      blocksOf(
        'experience',
        spec.roles.map((r) => ({ title: r.title, org: r.org, dates: datesOf(r.dates ?? '2019-01 – 2024-06'), text: r.text })),
      ),
    );
  }
  if (spec.projects?.length) sections.push(blocksOf('projects', spec.projects));
  if (spec.education?.length) sections.push(blocksOf('education', spec.education));
  if (spec.skills) sections.push(blocksOf('skills', [{ text: spec.skills }]));
  return {
    source: spec.source ?? 'text',
    capturedAt: '2025-06-15T00:00:00Z',
    person: { name: spec.name ?? 'Test Person', headline: spec.headline, links: [] },
    sections,
    incomplete: [],
    warnings: [],
  };
}

// A second job that carries enough plain described work for absences to count, with no ML in it.
export const EARLIER_JOB: Role = {
  title: 'Software Engineer',
  org: 'Harbour Freight Systems',
  dates: '2015-03 – 2018-12',
  text:
    'Wrote the booking screens of the dispatch tool in Java.\n' +
    'Reviewed pull requests from two teams and wrote the onboarding guide for new engineers.\n' +
    'Ran the weekly planning meeting with the operations managers.',
};

/** An ML engineer who trained, shipped and measured models in a job: the strong baseline the near cases vary. */
export const SHIPPING_ML_ROLE: Role = {
  title: 'Machine Learning Engineer',
  org: 'Fjordcart',
  dates: '2020-01 – present',
  text:
    'Trained gradient-boosted ranking models in XGBoost and PyTorch on two years of search sessions.\n' +
    'Deployed the ranking model behind FastAPI on Kubernetes (EKS), serving 4,000 requests per second at 45 ms p99 latency.\n' +
    'Set up drift monitoring for the model with Prometheus and Grafana, and weekly retraining pipelines in Airflow tracked in MLflow.\n' +
    'Raised checkout conversion by 3.2% in an A/B test.',
};

/** The same ML work, with nothing said about shipping it. */
export const UNSHIPPED_ML_ROLE: Role = {
  title: 'Machine Learning Engineer',
  org: 'Fjordcart',
  dates: '2020-01 – present',
  text:
    'Trained gradient-boosted ranking models in XGBoost and PyTorch on two years of search sessions.\n' +
    'Compared the ranking models offline against the old heuristic and wrote up the evaluation for the search team.\n' +
    'Fine-tuned sentence embeddings for query understanding.',
};
