import type { CandidateDocument } from '../../lib/model/candidate-document';
import type { Evidence } from '../../lib/model/evidence';
import type { Screening } from '../../lib/model/screening';

/** An invented screening for panel tests: change what a test is about, keep the rest valid. */
export function screeningExample(overrides: Partial<Screening> = {}): Screening {
  return {
    source: 'linkedin',
    url: 'https://www.linkedin.com/in/jo-example/',
    name: 'Jo Example',
    role: 'ml-engineer',
    screenedAt: '2026-01-01T00:00:00.000Z',
    words: 120,
    evidence: [],
    tools: [],
    outcomes: [],
    production: { level: 'none', evidenceIds: [], searched: 'deployment' },
    buzzwords: { density: 0, count: 0, terms: [], ratio: 0, evidenceIds: [] },
    flags: [],
    checklist: [],
    score: 50,
    verdict: 'potential',
    reasons: [],
    incomplete: [],
    ...overrides,
  };
}

export function documentExample(overrides: Partial<CandidateDocument> = {}): CandidateDocument {
  return {
    source: 'linkedin',
    url: 'https://www.linkedin.com/in/jo-example/',
    capturedAt: '2026-01-01T00:00:00.000Z',
    identity: { kind: 'linkedin', id: 'jo-example' },
    person: { name: 'Jo Example', links: [] },
    sections: [],
    incomplete: [],
    warnings: [],
    ...overrides,
  };
}

export function quoteEvidence(id: string, quote: string): Evidence {
  return {
    id,
    kind: 'production',
    ruleId: 'production.deploy',
    quote,
    match: quote,
    location: { section: 'experience', blockId: 'b1', start: 0, end: quote.length },
    strength: 0.6,
    production: { aspect: 'deployment', level: 'specified' },
  };
}
