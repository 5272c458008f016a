import type { CandidateDocument } from '../model/candidate-document';
import type { RolePresetId, Screening } from '../model/screening';
import { extractEvidence } from '../extract/extract-evidence';
import { indexDocument } from '../text/indexed-document';

export interface ScreenOptions {
  role?: RolePresetId;
  /** Tools the opening requires, in any spelling the catalogue knows. */
  mustHave?: string[];
  /** The screening date, for tenure and gaps; defaults to now. */
  now?: Date;
}

export function screenDocument(document: CandidateDocument, options: ScreenOptions = {}): Screening {
  const indexed = indexDocument(document);
  const evidence = extractEvidence(indexed);
  return {
    source: document.source,
    url: document.url,
    name: document.person.name,
    headline: document.person.headline,
    role: options.role ?? 'ml-engineer',
    screenedAt: (options.now ?? new Date()).toISOString(),
    words: indexed.words,
    evidence,
    tools: [],
    outcomes: [],
    production: { level: 'none', evidenceIds: [], searched: '' },
    buzzwords: { density: 0, count: 0, terms: [], ratio: 0, evidenceIds: [] },
    flags: [],
    checklist: [],
    score: 0,
    verdict: 'pass',
    reasons: [],
    incomplete: document.incomplete,
  };
}
