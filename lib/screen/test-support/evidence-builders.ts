// Builders for screening tests: Evidence objects written directly, so that each rule is tested
// apart from the extractors.
import { parseDatePoint } from '../../knowledge/dates/date-point';
import type { Block, CandidateDocument, SectionKind } from '../../model/candidate-document';
import type {
  ArtifactEvidence,
  BuzzwordEvidence,
  Evidence,
  OutcomeEvidence,
  OutcomeKind,
  ProductionAspect,
  ProductionEvidence,
  TenureEvidence,
  ToolCategory,
  ToolEvidence,
  VagueEvidence,
} from '../../model/evidence';
import { extractEvidence } from '../../extract/extract-evidence';
import { extractMlWork } from '../../extract/ml-work/extract-ml-work';
import { extractPublications } from '../../extract/publications/extract-publications';
import { attachWorkContext } from '../../extract/work-context/attach-work-context';
import { indexDocument } from '../../text/indexed-document';
import { gatherFacts, type ScreenFacts } from '../screen-facts';

let counter = 0;
const nextId = (prefix: string) => `${prefix}-${++counter}`;

function base(quote: string, section: SectionKind = 'experience', blockId = 'exp-1') {
  return { quote, match: quote, ruleId: 'test', strength: 1, location: { section, blockId, start: 0, end: quote.length } };
}

export function tool(name: string, category: ToolCategory, usage: 'used' | 'listed' = 'used', section?: SectionKind, blockId?: string): ToolEvidence {
  const where = section ?? (usage === 'used' ? 'experience' : 'skills');
  const block = blockId ?? (where === 'experience' ? 'exp-1' : `${where}-1`);
  return { id: nextId('tool'), kind: 'tool', ...base(`Worked with ${name}.`, where, block), tool: { name, category, usage } };
}

export function outcome(token: string, kind: OutcomeKind, quote = `Improved it by ${token}`): OutcomeEvidence {
  return { id: nextId('outcome'), kind: 'outcome', ...base(quote), outcome: { token, kind, attribution: 'self' } };
}

export function production(
  level: 'mentioned' | 'specified' | 'quantified',
  aspect: ProductionAspect = 'deployment',
  quote = 'Deployed the model.',
): ProductionEvidence {
  return { id: nextId('production'), kind: 'production', ...base(quote), production: { aspect, level } };
}

export function buzzword(term: string): BuzzwordEvidence {
  return { id: nextId('buzzword'), kind: 'buzzword', ...base(`A ${term} person.`, 'summary', 'summary-1'), buzzword: { term } };
}

export function vague(phrase: string): VagueEvidence {
  return { id: nextId('vague'), kind: 'vague', ...base(`${phrase} things.`), vague: { phrase } };
}

export function tenure(
  start: string,
  end: string,
  more: { title?: string; org?: string; section?: SectionKind; blockId?: string; problem?: string } = {},
): TenureEvidence {
  const section = more.section ?? 'experience';
  const startPoint = parseDatePoint(start);
  return {
    id: nextId('tenure'),
    kind: 'tenure',
    ...base(`${start} – ${end}`, section, more.blockId ?? nextId(section)),
    tenure: {
      title: more.title ?? 'Engineer',
      org: more.org,
      start: startPoint === 'present' ? undefined : startPoint,
      end: parseDatePoint(end),
      problem: more.problem,
    },
  };
}

export function artifact(type: ArtifactEvidence['artifact']['type'], path: string): ArtifactEvidence {
  return { id: nextId('artifact'), kind: 'artifact', ...base(path, 'artifacts', 'artifacts-1'), artifact: { repo: 'ana/shop-ranker', path, type } };
}

const WORK_TEXT =
  'Built and maintained the ranking service for the shop, rewrote its feature pipeline, and ran the weekly model review with the product team. '.repeat(3);

/** A document whose experience describes enough work that absences count. */
export function documentWith(sections: { kind: SectionKind; blocks: Block[] }[] = [], headline?: string): CandidateDocument {
  return {
    source: 'text',
    capturedAt: '2025-06-01T00:00:00Z',
    person: { name: 'Ana Test', headline, links: [] },
    sections:
      sections.length > 0
        ? sections.map((s) => ({ ...s, heading: s.kind }))
        : [{ kind: 'experience', heading: 'Experience', blocks: [{ id: 'exp-1', text: WORK_TEXT }] }],
    incomplete: [],
    warnings: [],
  };
}

export const NOW = new Date('2025-06-15T00:00:00Z');

// Enough neutral described work that absences count, with nothing about ML or production in it.
const NEUTRAL_WORK =
  'Wrote the design notes for each quarter, reviewed pull requests from four teams, ran the weekly planning meeting with product and design, and mentored two new hires through their first months on the team.';

/** Facts from real sentences of one role, read by every extractor: what a recruiter would paste. */
export function factsFromSentences(
  sentences: string[],
  more: { title?: string; section?: SectionKind; source?: CandidateDocument['source'] } = {},
): ScreenFacts {
  const doc = documentWith([
    { kind: more.section ?? 'experience', blocks: [{ id: 'exp-1', title: more.title ?? 'Software Engineer', org: 'Acme', text: sentences.join('\n') }] },
    { kind: 'experience', blocks: [{ id: 'exp-2', title: 'Software Engineer', org: 'Earlier Co', text: NEUTRAL_WORK }] },
  ]);
  const indexed = indexDocument({ ...doc, source: more.source ?? 'text' });
  return gatherFacts(indexed, extractEvidence(indexed, NOW), NOW);
}

/**
 * Facts from hand-built evidence, plus the ML-work and publication evidence the document's own text
 * yields (the screen reads those from evidence too); every piece gets its block's setting.
 */
export function factsOf(evidence: Evidence[], document: CandidateDocument = documentWith()): ScreenFacts {
  const indexed = indexDocument(document);
  return gatherFacts(indexed, attachWorkContext(indexed, [...evidence, ...extractMlWork(indexed), ...extractPublications(indexed)]), NOW);
}
