import type { CandidateDocument } from '../model/candidate-document';
import type { Screening } from '../model/screening';
import { CURRENT_SCHEMA, type CandidateRecord, type ScreeningSnapshot } from './candidate-record';
import { STATUS_ORDER } from './candidate-status';
import { snapshotScreening } from './screening-snapshot';

/**
 * Invented candidates for tests and benchmarks: deterministic, varied in status, tags, tools and scores,
 * so that search, filters and sorts have something to work on.
 */
const FIRST = ['Ada', 'Grace', 'Alan', 'Linus', 'Barbara', 'Ken', 'Radia', 'Edsger', 'Frances', 'Donald', 'Margaret', 'Tim'];
const LAST = ['Example', 'Sample', 'Placeholder', 'Testwell', 'Mockford', 'Fixture', 'Stubbs', 'Dummy'];
const TOOLS = ['PyTorch', 'TensorFlow', 'Kubernetes', 'Docker', 'MLflow', 'Airflow', 'Spark', 'Triton', 'Ray', 'Kafka', 'SageMaker', 'Feast'];
const TAGS = ['referral', 'ranking', 'nlp', 'vision', 'remote', 'senior', 'follow-up'];
const ROLES = ['ml-engineer', 'mlops', 'research', 'data-scientist'] as const;

export function sampleDocument(slug: string, overrides: Partial<CandidateDocument> = {}): CandidateDocument {
  return {
    source: 'linkedin',
    url: `https://www.linkedin.com/in/${slug}/`,
    capturedAt: '2026-03-01T09:00:00.000Z',
    identity: { kind: 'linkedin', id: slug },
    person: { name: 'Ada Example', headline: 'ML Engineer', links: [] },
    sections: [],
    incomplete: [],
    warnings: [],
    ...overrides,
  };
}

export function sampleScreening(overrides: Partial<Screening> = {}): Screening {
  return {
    source: 'linkedin',
    url: 'https://www.linkedin.com/in/ada-example/',
    name: 'Ada Example',
    headline: 'ML Engineer',
    role: 'ml-engineer',
    screenedAt: '2026-03-01T09:00:00.000Z',
    words: 300,
    evidence: [
      {
        id: 'tool.catalogue@b1:10',
        kind: 'tool',
        ruleId: 'tool.catalogue',
        quote: 'Trained ranking models in PyTorch and served them with Triton.',
        match: 'PyTorch',
        location: { section: 'experience', blockId: 'b1', start: 26, end: 33 },
        strength: 0.8,
        tool: { name: 'PyTorch', category: 'ml-framework', usage: 'used' },
      },
      {
        id: 'outcome.from-to@b1:80',
        kind: 'outcome',
        ruleId: 'outcome.from-to',
        quote: 'Cut p95 latency from 90ms to 20ms for 4M daily users.',
        match: 'from 90ms to 20ms',
        location: { section: 'experience', blockId: 'b1', start: 80, end: 97 },
        strength: 0.9,
        outcome: { token: '20ms', kind: 'latency', baseline: '90ms', target: '20ms', attribution: 'self' },
      },
    ],
    tools: [{ name: 'PyTorch', category: 'ml-framework', usage: 'used', evidenceIds: ['tool.catalogue@b1:10'] }],
    outcomes: [{ text: 'Cut p95 latency from 90ms to 20ms', token: '20ms', kind: 'latency', evidenceId: 'outcome.from-to@b1:80' }],
    production: { level: 'specified', evidenceIds: [], searched: 'deployment, serving, monitoring' },
    buzzwords: { density: 0, count: 0, terms: [], ratio: 0, evidenceIds: [] },
    flags: [
      {
        id: 'accuracy-only',
        severity: 'low',
        message: 'Most outcomes are latency numbers; no business outcome.',
        evidenceIds: ['outcome.from-to@b1:80'],
      },
    ],
    checklist: [
      {
        id: 'used-framework',
        label: 'Uses an ML framework in experience',
        status: 'pass',
        points: 10,
        reason: 'PyTorch in a role',
        evidenceIds: ['tool.catalogue@b1:10'],
      },
    ],
    score: 74,
    verdict: 'potential',
    reasons: ['Quantified latency work.'],
    incomplete: [],
    ...overrides,
  };
}

function pick<T>(list: readonly T[], n: number): T {
  return list[n % list.length];
}

/** The n-th invented candidate as stored, with a small snapshot (evidence kept short on purpose). */
export function syntheticCandidate(n: number): { record: CandidateRecord; snapshot: ScreeningSnapshot } {
  const name = `${pick(FIRST, n)} ${pick(LAST, Math.floor(n / FIRST.length))} ${n}`;
  const slug = `${name.toLowerCase().replace(/\s+/g, '-')}`;
  const identity = `linkedin:${slug}`;
  const tools = [pick(TOOLS, n), pick(TOOLS, n * 7 + 3), pick(TOOLS, n * 13 + 5)];
  const score = (n * 37) % 101;
  const verdict = score >= 70 ? 'strong' : score >= 45 ? 'potential' : 'pass';
  const at = new Date(Date.UTC(2026, 0, 1) + n * 3_600_000).toISOString();
  const role = pick(ROLES, n * 3);
  const screening = sampleScreening({
    name,
    url: `https://www.linkedin.com/in/${slug}/`,
    role,
    score,
    verdict,
    screenedAt: at,
    tools: tools.map((tool) => ({ name: tool, category: 'other', usage: 'used', evidenceIds: [] })),
  });
  const record: CandidateRecord = {
    schema: CURRENT_SCHEMA,
    key: identity,
    identities: [identity],
    name,
    headline: `${pick(['Senior', 'Staff', 'Lead', ''], n)} ML Engineer at Company ${n % 97}`.trim(),
    sources: [
      {
        identity,
        source: 'linkedin',
        url: screening.url,
        name,
        headline: 'ML Engineer',
        savedAt: at,
        role,
        score,
        verdict,
        screenedAt: at,
        tools,
        flags: n % 3 === 0 ? ['missing-deployment'] : [],
      },
    ],
    mentions: [],
    status: pick(STATUS_ORDER, n * 5),
    tags: n % 4 === 0 ? [] : [pick(TAGS, n), pick(TAGS, n * 3 + 1)].filter((tag, i, all) => all.indexOf(tag) === i),
    note: n % 2 === 0 ? `Spoke on call ${n}; strong on ${tools[0]} serving.` : '',
    createdAt: at,
    updatedAt: at,
    rev: `synthetic-${n}`,
  };
  return { record, snapshot: snapshotScreening(screening) };
}
