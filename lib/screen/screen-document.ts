import type { CandidateDocument } from '../model/candidate-document';
import type { RolePresetId, Screening } from '../model/screening';
import { extractEvidence } from '../extract/extract-evidence';
import { indexDocument } from '../text/indexed-document';
import { evaluateChecklist } from './checklist/evaluate-checklist';
import { mustHaveChecks } from './checklist/must-have-check';
import { detectFlags } from './flags/detect-flags';
import { rolePreset } from './role-presets';
import { gatherFacts } from './screen-facts';
import { scoreAndVerdict } from './score-verdict';

export interface ScreenOptions {
  role?: RolePresetId;
  /** Tools the opening requires, in any spelling the catalogue knows. */
  mustHave?: string[];
  /** The screening date, for tenure and gaps; defaults to now. */
  now?: Date;
}

export function screenDocument(document: CandidateDocument, options: ScreenOptions = {}): Screening {
  const now = options.now ?? new Date();
  const role = options.role ?? 'ml-engineer';
  const indexed = indexDocument(document);
  const evidence = extractEvidence(indexed, now);
  const facts = gatherFacts(indexed, evidence, now);
  const preset = rolePreset(role);
  const mustHave = mustHaveChecks(options.mustHave ?? []);
  const checklist = evaluateChecklist(facts, preset, mustHave);
  const flags = detectFlags(facts);
  const { score, verdict, reasons, verdictRule } = scoreAndVerdict(facts, preset, checklist, flags);
  return {
    source: document.source,
    url: document.url,
    name: document.person.name,
    headline: document.person.headline,
    role,
    screenedAt: now.toISOString(),
    words: indexed.words,
    evidence,
    tools: facts.tools,
    outcomes: facts.outcomes,
    production: facts.production,
    buzzwords: facts.buzzwords,
    flags,
    checklist,
    score,
    verdict,
    reasons,
    verdictRule,
    incomplete: document.incomplete,
  };
}
