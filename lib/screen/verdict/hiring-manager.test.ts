import { describe, expect, it } from 'vitest';
import type { CandidateDocument } from '../../model/candidate-document';
import { screenDocument } from '../screen-document';
import { EARLIER_JOB, resume } from './test-resumes';

const NOW = new Date('2025-06-15T00:00:00Z');
const verdictOf = (doc: CandidateDocument) => screenDocument(doc, { now: NOW });
// A resume told as prose: one block of paragraphs that the reader could only call a summary.
const proseResume = (text: string) => resume({ sections: [{ kind: 'summary', heading: '', blocks: [{ id: 'p1', text }] }] });

// The cases a first version of the rules got wrong on documents nobody had tuned them on, each written
// again as an invented person: what a hiring manager for an ML engineer who ships would conclude.
describe('verdicts a hiring manager would agree with', () => {
  it('a staff ML engineer with production work at two companies, told without tool names, is strong', () => {
    const s = verdictOf(
      resume({
        roles: [
          {
            title: 'Staff Machine Learning Engineer',
            org: 'Paylane',
            text:
              'Led the fraud scoring platform: real-time gradient-boosted models scoring every card payment, 30k transactions per second at 25 ms p99.\n' +
              'Owned model rollout: shadow traffic, canary releases and automatic rollback when the false-decline rate moves.\n' +
              'Mentored six engineers and set the model review process.',
          },
          {
            title: 'Senior Machine Learning Engineer',
            org: 'Staywell',
            text: 'Built the search ranking models for stays; the ranker served 2B queries a month.\nMoved ranking from nightly batch scoring to online inference on Kubernetes, cutting stale listings by 40%.',
          },
        ],
      }),
    );
    expect(s.verdict, s.reasons[0]).toBe('strong');
  });

  it('a data scientist who deployed models is judged on her roles even when the resume has no Experience heading', () => {
    const s = verdictOf(
      resume({
        headline: 'Data Scientist · Warsaw',
        sections: [
          {
            kind: 'summary',
            heading: '',
            blocks: [
              {
                id: 's1',
                text:
                  'Senior Data Scientist, Vistula Retail, 2020 – present\n' +
                  'Built the demand forecasting models (LightGBM) that set stock levels for 40,000 products; deployed them as a batch service on Airflow and a FastAPI endpoint used by the buying team.\n' +
                  'Cut forecast error (MAPE) from 18% to 11%, saving an estimated 2.1M PLN in overstock a year.\n' +
                  'Set up monitoring of forecast drift in Grafana with weekly retraining.',
              },
              { id: 's2', text: 'Data Analyst, Baltic Bank, 2017 – 2020\nBuilt churn reports in SQL and Tableau for the retail team.' },
            ],
          },
        ],
      }),
    );
    expect(s.verdict, s.reasons[0]).toBe('strong');
    expect(s.score).toBeGreaterThan(0);
  });

  it('a backend engineer whose ML is a self-run side project, even a deployed and measured one, is potential', () => {
    const s = verdictOf(
      resume({
        roles: [
          {
            title: 'Backend Engineer',
            org: 'Modehaus',
            text: 'Built the order-history APIs in Kotlin and moved them to Kubernetes.\nCut checkout API p99 latency from 300 ms to 120 ms with Redis caching.\nRan on-call for the payments team.',
          },
        ],
        projects: [
          {
            title: 'Side project: podcast recommender',
            text:
              'Trained a two-tower recommendation model in PyTorch on 2M listening events.\n' +
              'Deployed it behind FastAPI on Cloud Run; it serves 3,000 users a day at 80 ms p99.\n' +
              'Set up drift monitoring with Evidently and weekly retraining in GitHub Actions.',
          },
        ],
      }),
    );
    expect(s.verdict, s.reasons[0]).toBe('potential');
  });

  it('an ML engineer whose production claims are all the team’s is potential, and the reason says so', () => {
    const s = verdictOf(
      resume({
        roles: [
          {
            title: 'Machine Learning Engineer',
            org: 'Quickbite',
            text:
              'Trained delivery-time prediction models in XGBoost and PyTorch.\n' +
              'My team deployed the ETA model behind FastAPI on EKS, serving 6,000 requests per second at 30 ms p99.\n' +
              'We set up drift monitoring in Grafana and automated retraining with Airflow.',
          },
        ],
      }),
    );
    expect(s.verdict).toBe('potential');
    expect(s.reasons[0]).toMatch(/team's or organisation's work/);
  });

  it('an ML engineer who was a member of the team that shipped, and supported and contributed to it, is potential; one who led that team is strong', () => {
    const supporting = (opening: string) =>
      resume({
        roles: [
          {
            title: 'Machine Learning Engineer',
            org: 'Tidewater Mutual',
            text:
              `${opening} a claims-triage model to production on SageMaker endpoints, now routing 70% of incoming claims at 120 ms p95.\n` +
              'Contributed to feature engineering and model evaluation notebooks in scikit-learn and XGBoost.\n' +
              'Supported the team’s monitoring effort with CloudWatch dashboards and weekly model reviews.\n' +
              'Participated in the migration of the team’s models to SageMaker endpoints.',
          },
          EARLIER_JOB,
        ],
      });
    const member = verdictOf(supporting('Member of the claims-automation team that shipped'));
    expect(member.verdict, member.reasons[0]).toBe('potential');
    expect(member.verdictRule?.id).toBe('potential.only-team');
    const lead = verdictOf(supporting('Led the claims-automation team that shipped'));
    expect(lead.verdict, lead.reasons[0]).toBe('strong');
  });

  it('ML learnt only in a bootcamp, capstone deployed for demo day included, is not a fit', () => {
    const s = verdictOf(
      resume({
        roles: [
          {
            title: 'Data Science Immersive',
            org: 'General Assembly',
            dates: '2024-01 – 2024-04',
            text:
              'Capstone: trained an XGBoost model to predict loan defaults, reaching 0.88 AUC.\n' +
              'Deployed the capstone model with Streamlit on Heroku for demo day.\n' +
              'Built a BERT sentiment classifier for tweets in PyTorch.',
          },
          {
            title: 'Sales Associate',
            org: 'Bright Electronics',
            text: 'Sold laptops and phones, and trained new staff on the store systems and the returns process.',
          },
        ],
      }),
    );
    expect(s.verdict, s.reasons[0]).toBe('pass');
    expect(s.verdictRule?.id).toBe('pass.ml-only-coursework');
  });

  it('a new graduate whose ML is course projects and a digit classifier is not a fit; one who also runs an ML app of their own for users is potential', () => {
    const ta = {
      title: 'Teaching Assistant, Intro to Programming',
      org: 'Eastmoor University',
      dates: '2025-01 – 2026-05',
      text: 'Held weekly office hours and graded Python assignments for 120 students.\nHelped students debug their code in lab sessions.',
    };
    const courseProjects = [
      {
        title: 'Loan default prediction',
        text: 'Loan default prediction\nGroup project for DSC 440 Machine Learning.\nCompared logistic regression and random forests in scikit-learn; 0.81 AUC.',
      },
      { title: 'Digit classifier', text: 'Trained a convolutional network in Keras on MNIST with 99.0% test accuracy.' },
    ];
    const degree = { title: 'BSc Computer Science', org: 'Eastmoor University', text: 'BSc Computer Science, 2022 – 2026.' };
    const grad = verdictOf(resume({ roles: [ta], projects: courseProjects, education: [degree] }));
    expect(grad.verdict, grad.reasons[0]).toBe('pass');
    const ownApp = {
      title: 'Plant doctor',
      text: 'Trained an image classifier in PyTorch on 12,000 leaf photos I collected, and deployed it behind FastAPI on Cloud Run; 900 gardeners use it each month.',
    };
    const shipped = verdictOf(resume({ roles: [ta], projects: [...courseProjects, ownApp], education: [degree] }));
    expect(shipped.verdict, shipped.reasons[0]).toBe('potential');
  });

  it('a student whose ML is open-source contributions and projects, with vague duties and a summary of skills, is not a fit', () => {
    const s = verdictOf(
      resume({
        summary: 'AI engineer with expertise in PyTorch and in deploying NLP models with 94% accuracy across vision and text tasks.',
        roles: [
          {
            title: 'Web Development Intern',
            org: 'Coursely',
            dates: '2024-06 – 2024-09',
            text: 'Worked on the course catalogue pages in Django and React.\nContributed to 4 open-source vision and NLP projects using PyTorch and TensorFlow.\nHelped with code reviews and worked on bug fixes.',
          },
        ],
        projects: [
          { title: 'Scan reader', text: 'Fine-tuned a small language model with LoRA to summarise scanned letters, reaching 0.41 ROUGE-L.' },
          { title: 'Bird sounds', text: 'Trained a CNN on spectrograms that tells 20 bird species apart at 91% accuracy.' },
        ],
        education: [{ title: 'BEng Computer Science', org: 'Riverside Institute', text: 'BEng Computer Science, 2023 – 2027.' }],
      }),
    );
    expect(s.verdict, s.reasons[0]).toBe('pass');
    expect(s.production.level).not.toBe('quantified');
  });

  it("a resume told in first-person prose, one paragraph per role opening with employer, title and dates, is strong; the same sentences without the header are a summary's claims", () => {
    const shipped =
      'I replaced the rule engine with a gradient-boosted fraud model in XGBoost, served behind FastAPI on Amazon EKS, scoring 9,000 payments a second at 15 ms p99. ' +
      'I set up drift dashboards in Grafana and the canary releases we use for every model.';
    const prose = (opening: string) =>
      proseResume(
        'I build fraud models that stay healthy in production.\n' +
          `${opening}${shipped}\n` +
          'Harbour Freight Systems, Software Engineer (2015–2018). I wrote the booking screens of the dispatch tool in Java.',
      );
    const told = verdictOf(prose('Paylane, Senior ML Engineer (2019–present). '));
    expect(told.verdict, told.reasons[0]).toBe('strong');
    // The same sentences with no run-in header are a summary's claims.
    const claimed = verdictOf(prose('At my best, '));
    expect(claimed.verdict, claimed.reasons[0]).toBe('potential');
    expect(claimed.verdictRule?.id).toBe('potential.only-outside-roles');
  });

  it('a buzzword-heavy summary in first-person prose, with dates but no role headers, is not strong', () => {
    const s = verdictOf(
      proseResume(
        'From 2016 to 2024 I led cutting-edge AI transformation, leveraging state-of-the-art deep learning to drive synergy and innovation.\n' +
          'I am passionate about deploying world-class machine learning models at scale and results-driven MLOps.',
      ),
    );
    expect(s.verdict, s.reasons[0]).not.toBe('strong');
  });

  it('a real resume of a person with no ML is not a fit, never "not enough evidence"', () => {
    const s = verdictOf(
      resume({
        roles: [
          {
            title: 'Payroll Specialist',
            org: 'Northgate Council',
            text: 'Ran monthly payroll for 1,200 staff and cut correction requests by 30% with a new checklist.\nTrained four new clerks and wrote the year-end guide.',
          },
        ],
        education: [{ title: 'BA Accounting', org: 'Leeds Beckett University', text: 'BA Accounting, 2012 – 2015.' }],
      }),
    );
    expect(s.verdict, s.reasons[0]).toBe('pass');
  });
});
