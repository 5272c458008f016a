import type { CandidateRecord, ScreeningSnapshot } from './candidate-record';
import type { CandidateRecordV1, CandidateRecordV2 } from './record-migrations';

/** One stored value per schema version, as an older or current Shipcheck wrote it (invented person). */
export const EXAMPLE_RECORD_V1: CandidateRecordV1 = {
  version: 1,
  id: 'linkedin:ada-example',
  source: 'linkedin',
  url: 'https://www.linkedin.com/in/ada-example/',
  name: 'Ada Example',
  headline: 'ML Engineer',
  score: 72,
  verdict: 'potential',
  status: 'shortlist',
  notes: 'Served ranking models; ask about monitoring.',
  savedAt: Date.UTC(2025, 0, 15, 9, 30),
  screening: {
    role: 'ml-engineer',
    flags: [{ id: 'accuracy-only', severity: 'medium', message: 'Outcomes are model metrics only.', evidenceIds: ['o1'] }],
    reasons: ['Deployed models to production with named tools.'],
  },
};

export const EXAMPLE_SNAPSHOT_V2: ScreeningSnapshot = {
  role: 'ml-engineer',
  screenedAt: '2026-03-02T10:00:00.000Z',
  score: 81,
  verdict: 'strong',
  words: 420,
  tools: [{ name: 'PyTorch', category: 'ml-framework', usage: 'used', evidenceIds: ['t1'] }],
  outcomes: [{ text: 'Cut p95 latency from 90ms to 20ms', token: '20ms', kind: 'latency', evidenceId: 'o1' }],
  production: { level: 'quantified', evidenceIds: ['p1'], searched: 'deployment, serving, monitoring' },
  buzzwords: { density: 0.01, count: 1, terms: [{ term: 'synergy', count: 1 }] },
  flags: [],
  checklist: [{ id: 'serving', label: 'Has served models', status: 'pass', points: 10, reason: 'Served with Triton', evidenceIds: ['p1'] }],
  reasons: ['Quantified serving latency.'],
  incomplete: [],
  evidence: [
    { id: 't1', kind: 'tool', ruleId: 'tool.catalogue', quote: 'Trained ranking models in PyTorch.', match: 'PyTorch', section: 'experience' },
    { id: 'o1', kind: 'outcome', ruleId: 'outcome.from-to', quote: 'Cut p95 latency from 90ms to 20ms.', match: 'from 90ms to 20ms', section: 'experience' },
    {
      id: 'p1',
      kind: 'production',
      ruleId: 'production.serving',
      quote: 'Served the models with Triton on Kubernetes.',
      match: 'Served the models with Triton',
      section: 'experience',
    },
  ],
  evidenceTrimmed: false,
};

export const EXAMPLE_RECORD_V2: CandidateRecordV2 = {
  schema: 2,
  key: 'linkedin:grace-example',
  identities: ['linkedin:grace-example', 'github:grace-ex'],
  name: 'Grace Example',
  headline: 'Senior ML Engineer, ranking',
  sources: [
    {
      identity: 'linkedin:grace-example',
      source: 'linkedin',
      url: 'https://www.linkedin.com/in/grace-example/',
      name: 'Grace Example',
      headline: 'Senior ML Engineer, ranking',
      savedAt: '2026-03-02T10:00:00.000Z',
      role: 'ml-engineer',
      score: 81,
      verdict: 'strong',
      screenedAt: '2026-03-02T10:00:00.000Z',
      tools: ['PyTorch'],
      flags: [],
    },
    {
      identity: 'github:grace-ex',
      source: 'github',
      url: 'https://github.com/grace-ex',
      name: 'Grace Example',
      savedAt: '2026-03-03T10:00:00.000Z',
      role: 'ml-engineer',
      score: 55,
      verdict: 'potential',
      screenedAt: '2026-03-03T10:00:00.000Z',
      tools: ['Docker'],
      flags: ['missing-deployment'],
    },
  ],
  mentions: [],
  status: 'strong',
  tags: ['ranking', 'referral'],
  note: 'Strong serving story. Phone screen booked.',
  createdAt: '2026-03-02T10:00:00.000Z',
  updatedAt: '2026-03-03T10:00:00.000Z',
  rev: 'example-rev',
};

/** The same candidate as schema 3 writes it: statuses in the recruiter's own words. */
export const EXAMPLE_RECORD_V3: CandidateRecord = { ...EXAMPLE_RECORD_V2, schema: 3, status: 'shortlisted' };
