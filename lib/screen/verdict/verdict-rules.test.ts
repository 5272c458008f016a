import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CandidateDocument } from '../../model/candidate-document';
import type { RolePresetId } from '../../model/screening';
import { screenDocument } from '../screen-document';
import { EARLIER_JOB, resume, SHIPPING_ML_ROLE, UNSHIPPED_ML_ROLE } from './test-resumes';
import { VERDICT_RULES } from './verdict-rules';

const NOW = new Date('2025-06-15T00:00:00Z');

interface Case {
  doc: CandidateDocument;
  role?: RolePresetId;
  mustHave?: string[];
}

interface RowTest {
  /** A set of sentences that must reach the row. */
  reaches: Case;
  /** A close set that must not. */
  near: Case;
}

const backendRole = {
  title: 'Backend Engineer',
  org: 'Parcelpoint',
  text:
    'Built the payment APIs in Java and moved them to Kubernetes on EKS.\n' +
    'The checkout API serves 4,000 requests per second at 40 ms p99 latency.\n' +
    'Kept the on-call rotation healthy and wrote the incident runbooks.',
};
const storeRole = {
  title: 'Store Manager',
  org: 'Corner Books',
  text: 'Ran a store of twelve people, planned the weekly rota, trained new staff on the tills, and doubled footfall with local events and a loyalty card that customers liked, while keeping stock counts and the monthly reports to head office on time.',
};
const studentProjects = [
  { title: 'Movie recommender', text: 'Built a movie recommender with collaborative filtering in scikit-learn on the MovieLens ratings.' },
  { title: 'Emoji localisation', text: 'Trained a convolutional network in TensorFlow that classifies and localises emojis in screenshots.' },
];
const degree = { title: 'BSc Computer Science', org: 'Lakeside University', text: 'BSc Computer Science, 2021 – 2025.' };
const githubRepos = (descriptions: boolean) => ({
  source: 'github' as const,
  sections: [
    {
      kind: 'projects' as const,
      heading: 'Pinned',
      blocks: ['ranker', 'dotfiles', 'blog', 'kaggle-titanic', 'scraper', 'notes'].map((name, i) => ({
        id: `repo-${i}`,
        title: `ana-dev/${name}`,
        text: descriptions
          ? `The ${name} repository holds a small Python service that I wrote to learn how to package, test and release code, with a README that explains every step for newcomers.`
          : '',
        skills: ['Python'],
      })),
    },
  ],
});

const ROWS: Record<string, RowTest> = {
  'insufficient.no-text': {
    reaches: { doc: resume({ roles: [{ title: '', org: '', text: '' }] }) },
    near: { doc: resume({ roles: [storeRole] }) },
  },
  'insufficient.unreadable-bytes': {
    // A UTF-16 file read as UTF-8: every other character is NUL.
    reaches: { doc: resume({ summary: `${'E\u0000n\u0000g\u0000i\u0000n\u0000e\u0000e\u0000r\u0000 \u0000'.repeat(60)}`, roles: [storeRole] }) },
    // Icon glyphs of a header (private use) in an otherwise readable resume.
    near: { doc: resume({ summary: '\uf0e0 ana@example.com \uf095 +1 555 0100 \uf09b ana-dev', roles: [storeRole, EARLIER_JOB] }) },
  },
  'insufficient.no-profile-sections': {
    reaches: { doc: resume({ source: 'linkedin', name: 'Ana Test' }) },
    near: { doc: resume({ source: 'linkedin', name: 'Ana Test', roles: [storeRole] }) },
  },
  'insufficient.unread-language': {
    reaches: {
      doc: resume({
        summary: '我是一名机器学习工程师，负责推荐系统的模型训练与上线。',
        roles: [
          {
            title: '机器学习工程师',
            org: '星河科技',
            text: '使用 PyTorch 训练排序模型，并通过 FastAPI 部署到生产环境，每秒处理四千次请求。负责特征工程、离线评估和在线实验，与产品团队一起制定指标。',
          },
        ],
      }),
    },
    near: {
      doc: resume({
        name: '王安娜 (Anna Wang)',
        summary: 'Engineer in Shanghai (上海). Builds search ranking at Fjordcart.',
        roles: [SHIPPING_ML_ROLE, EARLIER_JOB],
      }),
    },
  },
  'insufficient.no-prose': {
    reaches: { doc: resume(githubRepos(false)) },
    near: { doc: resume(githubRepos(true)) },
  },
  'insufficient.too-few-words': {
    reaches: { doc: resume({ roles: [{ title: 'Engineer', org: 'Acme', text: 'Built things at a company.' }] }) },
    near: { doc: resume({ roles: [{ title: 'Engineer', org: 'Acme', text: 'Built things at a company with PyTorch.' }] }) },
  },
  'pass.neither-ml-nor-production': {
    reaches: { doc: resume({ roles: [storeRole] }), role: 'mlops' },
    near: { doc: resume({ roles: [backendRole, EARLIER_JOB] }), role: 'mlops' },
  },
  'pass.no-ml': {
    reaches: { doc: resume({ roles: [backendRole, EARLIER_JOB] }) },
    near: {
      doc: resume({
        roles: [{ ...backendRole, text: `${backendRole.text}\nTrained a churn model in XGBoost that flags accounts about to leave.` }, EARLIER_JOB],
      }),
    },
  },
  'pass.ml-only-claimed': {
    reaches: { doc: resume({ headline: 'AI/ML Engineer', roles: [storeRole], skills: 'TensorFlow, PyTorch, Excel' }) },
    near: { doc: resume({ headline: 'AI/ML Engineer', roles: [storeRole], projects: [studentProjects[1]], skills: 'TensorFlow, PyTorch, Excel' }) },
  },
  'pass.ml-only-coursework': {
    reaches: {
      doc: resume({
        roles: [
          storeRole,
          {
            title: 'Data Science Fellow',
            org: 'General Assembly (12-week bootcamp)',
            dates: '2024-01 – 2024-04',
            text: 'Trained a gradient boosting model in scikit-learn that predicts house prices, reaching 0.89 R².\nFine-tuned a BERT classifier for tweet sentiment.',
          },
        ],
      }),
    },
    near: {
      doc: resume({
        roles: [storeRole],
        projects: [
          {
            title: 'House prices (personal project)',
            text: 'Trained a gradient boosting model in scikit-learn that predicts house prices, reaching 0.89 R².\nFine-tuned a BERT classifier for tweet sentiment.',
          },
        ],
      }),
    },
  },
  'pass.ml-thin-and-buzzy': {
    reaches: {
      doc: resume({
        summary:
          'Results-driven, passionate AI visionary leveraging cutting-edge, state-of-the-art solutions to drive synergy and transformative innovation. Proven track record of world-class thought leadership.',
        roles: [
          {
            title: 'Data Scientist',
            org: 'Brightquarry',
            text: 'Responsible for data analysis and reporting.\nWorked on dashboards for clients.\nInvolved in building reports.',
          },
        ],
      }),
    },
    near: {
      doc: resume({
        summary: 'Data scientist who builds pricing reports for insurance teams.',
        roles: [
          {
            title: 'Data Scientist',
            org: 'Brightquarry',
            text: 'Built the weekly pricing reports in SQL.\nRebuilt the client dashboards in Looker.\nWrote the data dictionary for the claims tables.',
          },
        ],
      }),
    },
  },
  'pass.buzzy-nothing-shipped': {
    reaches: {
      doc: resume({
        summary:
          'Results-driven, passionate AI visionary and thought leader leveraging cutting-edge, state-of-the-art generative AI to drive synergy, digital transformation and world-class innovation. Proven track record of game-changing, best-in-class solutions.',
        roles: [
          {
            title: 'Head of AI Innovation',
            org: 'Crestline Advisory',
            text: 'Spearheaded cutting-edge machine learning initiatives leveraging PyTorch and TensorFlow to unlock actionable insights.\nChampioned a data-driven culture of innovation across the enterprise.\nResponsible for model development and MLOps on cloud platforms.\nPrepared PyTorch notebooks for client workshops on image classification.',
          },
        ],
      }),
    },
    near: {
      doc: resume({
        summary: 'Machine learning engineer who ships pricing models.',
        roles: [
          {
            title: 'Machine Learning Engineer',
            org: 'Crestline Advisory',
            text: 'Trained pricing models in PyTorch and TensorFlow on five years of quotes.\nDeployed the pricing model behind FastAPI on EKS, serving 3,000 requests per second at 40 ms p99.\nSet up drift monitoring in Grafana for the pricing model.',
          },
        ],
      }),
    },
  },
  'pass.ml-projects-vague': {
    reaches: {
      doc: resume({
        roles: [
          { title: 'Web Developer', org: 'Pixelmill', text: 'Responsible for the shop pages.\nWorked on various client websites.\nInvolved in code reviews.' },
          EARLIER_JOB,
        ],
        projects: [{ title: 'Churn', text: 'Trained a random forest in scikit-learn that predicts churn; reached 0.81 AUC.' }],
      }),
    },
    near: {
      doc: resume({
        roles: [
          {
            title: 'Web Developer',
            org: 'Pixelmill',
            text: 'Built the shop pages in React.\nRebuilt the checkout for three client websites.\nReviewed code for the team.',
          },
          EARLIER_JOB,
        ],
        projects: [{ title: 'Churn', text: 'Trained a random forest in scikit-learn that predicts churn; reached 0.81 AUC.' }],
      }),
    },
  },
  'pass.ml-projects-unshown': {
    reaches: { doc: resume({ roles: [storeRole], projects: studentProjects, education: [degree] }) },
    near: {
      doc: resume({
        roles: [storeRole],
        projects: [{ ...studentProjects[0], text: `${studentProjects[0].text} Reached 0.91 precision at 10 on held-out users.` }, studentProjects[1]],
        education: [degree],
      }),
    },
  },
  'potential.must-have-missing': {
    reaches: { doc: resume({ roles: [SHIPPING_ML_ROLE, EARLIER_JOB] }), mustHave: ['Kubernetes', 'Snowflake'] },
    near: { doc: resume({ roles: [SHIPPING_ML_ROLE, EARLIER_JOB] }), mustHave: ['Kubernetes', 'k8s'] },
  },
  'potential.ml-minor': {
    reaches: {
      doc: resume({
        roles: [{ ...backendRole, text: `${backendRole.text}\nTrained a churn model in XGBoost that flags accounts about to leave.` }, EARLIER_JOB],
      }),
    },
    near: { doc: resume({ roles: [SHIPPING_ML_ROLE, EARLIER_JOB] }) },
  },
  'potential.production-not-ml': {
    reaches: { doc: resume({ roles: [backendRole, EARLIER_JOB] }), role: 'mlops' },
    near: { doc: resume({ roles: [SHIPPING_ML_ROLE, EARLIER_JOB] }), role: 'mlops' },
  },
  'potential.must-pass-missing': {
    reaches: { doc: resume({ roles: [UNSHIPPED_ML_ROLE, EARLIER_JOB] }) },
    near: { doc: resume({ roles: [SHIPPING_ML_ROLE, EARLIER_JOB] }) },
  },
  'potential.only-self-run': {
    reaches: {
      doc: resume({
        roles: [UNSHIPPED_ML_ROLE, EARLIER_JOB],
        projects: [
          {
            title: 'Side project: podcast recommender',
            text: 'Deployed my podcast recommendation model behind FastAPI on Cloud Run, serving 3,000 listeners a day at 80 ms p99 latency.',
          },
        ],
      }),
    },
    near: {
      doc: resume({
        roles: [
          {
            ...UNSHIPPED_ML_ROLE,
            text: `${UNSHIPPED_ML_ROLE.text}\nDeployed the podcast recommendation model behind FastAPI on Cloud Run, serving 3,000 listeners a day at 80 ms p99 latency.`,
          },
          EARLIER_JOB,
        ],
      }),
    },
  },
  'potential.only-team': {
    reaches: {
      doc: resume({
        roles: [
          {
            ...UNSHIPPED_ML_ROLE,
            text: `${UNSHIPPED_ML_ROLE.text}\nMy team deployed the ranking model behind FastAPI on EKS, serving 4,000 requests per second at 45 ms p99 latency.`,
          },
          EARLIER_JOB,
        ],
      }),
    },
    near: {
      doc: resume({
        roles: [
          {
            ...UNSHIPPED_ML_ROLE,
            text: `${UNSHIPPED_ML_ROLE.text}\nI deployed the ranking model behind FastAPI on EKS, serving 4,000 requests per second at 45 ms p99 latency.`,
          },
          EARLIER_JOB,
        ],
      }),
    },
  },
  'potential.only-outside-roles': {
    reaches: {
      doc: resume({
        summary: 'Deployed fraud-detection models behind FastAPI on EKS, serving 5,000 transactions per second at 30 ms p99 latency.',
        roles: [UNSHIPPED_ML_ROLE, EARLIER_JOB],
      }),
    },
    near: {
      doc: resume({
        roles: [
          {
            ...UNSHIPPED_ML_ROLE,
            text: `${UNSHIPPED_ML_ROLE.text}\nDeployed fraud-detection models behind FastAPI on EKS, serving 5,000 transactions per second at 30 ms p99 latency.`,
          },
          EARLIER_JOB,
        ],
      }),
    },
  },
  'potential.score-below': {
    // Every must-pass item shown, but two must-haves only listed and every result a model metric: the score stays under 50.
    reaches: {
      doc: resume({
        roles: [
          {
            title: 'Data Scientist',
            org: 'Brightline Insurance',
            text: 'Trained a gradient boosting model in scikit-learn that flags claim fraud, reaching 0.91 AUC.\nTuned the pricing model in XGBoost to 0.87 recall on held-out claims.',
          },
          EARLIER_JOB,
        ],
        skills: 'Snowflake, Tableau',
      }),
      role: 'data-scientist',
      mustHave: ['Snowflake', 'Tableau'],
    },
    near: {
      doc: resume({
        roles: [
          {
            title: 'Data Scientist',
            org: 'Brightline Insurance',
            text: 'Trained a gradient boosting model in scikit-learn that flags claim fraud, reaching 0.91 AUC.\nTuned the pricing model in XGBoost to 0.87 recall on held-out claims.\nPulled the claims history from Snowflake with SQL and built the fraud review board in Tableau.',
          },
          EARLIER_JOB,
        ],
      }),
      role: 'data-scientist',
      mustHave: ['Snowflake', 'Tableau'],
    },
  },
  'strong.shown-at-work': {
    reaches: { doc: resume({ roles: [SHIPPING_ML_ROLE, EARLIER_JOB] }) },
    near: {
      doc: resume({
        roles: [{ ...SHIPPING_ML_ROLE, text: SHIPPING_ML_ROLE.text.replace('Deployed the ranking model', 'We deployed the ranking model') }, EARLIER_JOB],
      }),
    },
  },
};

function verdictOf(c: Case) {
  return screenDocument(c.doc, { now: NOW, role: c.role, mustHave: c.mustHave });
}

describe('verdict table', () => {
  it('has a test for every row, and rows with unique ids', () => {
    const ids = VERDICT_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.keys(ROWS).sort()).toEqual([...ids].sort());
  });

  it.each(VERDICT_RULES.map((r) => [r.id, r] as const))('%s: reached by its sentences, not by the close ones', (id, rule) => {
    const reached = verdictOf(ROWS[id].reaches);
    expect(reached.verdictRule?.id, reached.reasons[0]).toBe(id);
    expect(reached.verdict).toBe(rule.verdict);
    const near = verdictOf(ROWS[id].near);
    expect(near.verdictRule?.id, near.reasons[0]).not.toBe(id);
  });

  // Rows that judge what was found (not what is missing) point at it.
  it.each([
    'pass.ml-only-claimed',
    'pass.ml-only-coursework',
    'pass.ml-projects-unshown',
    'potential.ml-minor',
    'potential.only-self-run',
    'potential.only-team',
    'potential.only-outside-roles',
    'strong.shown-at-work',
  ])('%s cites the evidence it read', (id) => {
    const s = verdictOf(ROWS[id].reaches);
    expect(s.verdictRule?.evidenceIds.length).toBeGreaterThan(0);
    const known = new Set(s.evidence.map((e) => e.id));
    expect(s.verdictRule?.evidenceIds.every((e) => known.has(e))).toBe(true);
  });

  it("counts a summary's numbers as no project result: projects that show nothing stay not a fit", () => {
    const summary = 'Store manager who grew footfall by 40% in two years, now learning machine learning.';
    expect(verdictOf({ doc: resume({ summary, roles: [storeRole], projects: studentProjects, education: [degree] }) }).verdictRule?.id).toBe(
      'pass.ml-projects-unshown',
    );
  });

  it('reads Kaggle entries as study: a career changer with a bootcamp and Kaggle scores is not a fit, one with a project of their own is', () => {
    const kaggle = [
      {
        title: 'Bike demand forecast (Kaggle)',
        text: 'Trained a gradient boosting model in scikit-learn on the bike rental data; reached 0.89 R2 on the public leaderboard.',
      },
      { title: 'Leaf disease classifier (Kaggle)', text: 'Trained a convolutional network in TensorFlow on leaf photos, 96.1% accuracy.' },
    ];
    const bootcamp = { title: 'Data Science Certificate', org: 'Harbourside Data Bootcamp', text: 'Twelve-week bootcamp: statistics, machine learning, SQL.' };
    expect(verdictOf({ doc: resume({ roles: [storeRole], projects: kaggle, education: [bootcamp] }) }).verdict).toBe('pass');
    const own = [
      {
        title: 'Bike demand forecast',
        text: 'Trained a gradient boosting model in scikit-learn on the city bike rental data; reached 0.89 R2 on the last season.',
      },
      kaggle[1],
    ];
    expect(verdictOf({ doc: resume({ roles: [storeRole], projects: own, education: [bootcamp] }) }).verdict).toBe('potential');
  });

  it('says what could not be read and what to open next', () => {
    expect(verdictOf(ROWS['insufficient.no-prose'].reaches).reasons[0]).toMatch(/lists 6 repositories .* Open a repository's README/);
    expect(verdictOf(ROWS['insufficient.no-profile-sections'].reaches).reasons[0]).toMatch(/no profile sections for Ana Test .* Open the candidate's profile/);
    expect(verdictOf(ROWS['insufficient.unread-language'].reaches).reasons[0]).toMatch(
      /of the letters are in a script Shipcheck does not read \(Chinese or Japanese\)/,
    );
  });
});

describe('the verdict table in README.md', () => {
  it('is the table of VERDICT_RULES, row for row', () => {
    const readme = readFileSync(join(__dirname, 'README.md'), 'utf8');
    const esc = (s: string) => s.replace(/\|/g, '\\|');
    const rows = VERDICT_RULES.map((r, i) => `| ${i + 1} | \`${r.id}\` | ${r.gate} | ${esc(r.condition)} | ${esc(r.evidence)} | ${r.verdict} |`);
    expect(readme).toContain(rows.join('\n'));
  });
});
