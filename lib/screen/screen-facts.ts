import type { Evidence } from '../model/evidence';
import type { OutcomeSummary, Screening, ToolSummary } from '../model/screening';
import type { IndexedDocument } from '../text/indexed-document';
import { blockSetting } from '../extract/work-context/work-setting';
import { isNonPermanentEmployment } from '../knowledge/roles/short-by-design-roles';
import { groupEvidence, type EvidenceByKind } from './evidence-by-kind';
import { judgeMlRelevance, type MlRelevance } from './ml-relevance';
import { mlProofFinder, type MlProofOf } from './ml-proof';
import { readabilityOf, type Readability } from './readability';
import { summarizeBuzzwords } from './summary/summarize-buzzwords';
import { summarizeOutcomes } from './summary/summarize-outcomes';
import { summarizeProduction } from './summary/summarize-production';
import { summarizeTools } from './summary/summarize-tools';

/** Everything the flags, checklist and score read, computed once per screening. */
export interface ScreenFacts {
  indexed: IndexedDocument;
  ev: EvidenceByKind;
  /** Every piece of evidence, in the order the extractors found it. */
  evidence: readonly Evidence[];
  /** How much of the document could be read, for the "Not enough evidence" rules. */
  readability: Readability;
  tools: ToolSummary[];
  outcomes: OutcomeSummary[];
  production: Screening['production'];
  buzzwords: Screening['buzzwords'];
  ml: MlRelevance;
  /** What shows that a statement is about a model or an ML system, if anything does. */
  mlProof: MlProofOf;
  /** Used tools + outcomes + specified or quantified production statements. */
  concrete: number;
  /** Words of described work (roles and projects, wherever the reader put them): too few and absences prove nothing. */
  workWords: number;
  /** The reader saw only part of the profile, or the roles carry no descriptions. */
  thin: boolean;
  /** Blocks whose employment type says internship, contract, freelance or part-time. */
  nonPermanentBlockIds: Set<string>;
  now: Date;
}

// Below this many words of described work, "not found" says more about the page than the person.
const THIN_WORK_WORDS = 40;

function concreteEvidenceCount(tools: ToolSummary[], outcomes: OutcomeSummary[], ev: EvidenceByKind): number {
  const usedTools = tools.filter((t) => t.usage === 'used').length;
  const solidProduction = ev.production.filter((p) => p.production.level !== 'mentioned').length;
  return usedTools + outcomes.length + solidProduction;
}

export function gatherFacts(indexed: IndexedDocument, evidence: readonly Evidence[], now: Date): ScreenFacts {
  const ev = groupEvidence(evidence);
  const tools = summarizeTools(ev.tool);
  const outcomes = summarizeOutcomes(ev.outcome);
  let workWords = 0;
  const nonPermanentBlockIds = new Set<string>();
  for (const ib of indexed.blocks) {
    const setting = blockSetting(ib, indexed.document.source);
    if (setting === 'job' || setting === 'project') workWords += ib.words;
    if (ib.section === 'experience' && ib.block.employmentType && isNonPermanentEmployment(ib.block.employmentType)) {
      nonPermanentBlockIds.add(ib.block.id);
    }
  }
  const incompleteWork = indexed.document.incomplete.some((i) => i.section === undefined || i.section === 'experience');
  const concrete = concreteEvidenceCount(tools, outcomes, ev);
  return {
    indexed,
    ev,
    evidence,
    readability: readabilityOf(indexed),
    tools,
    outcomes,
    production: summarizeProduction(ev.production),
    buzzwords: summarizeBuzzwords(ev.buzzword, indexed.words, concrete),
    ml: judgeMlRelevance(indexed.document.source, ev),
    mlProof: mlProofFinder(indexed, ev),
    concrete,
    workWords,
    thin: workWords < THIN_WORK_WORDS || incompleteWork,
    nonPermanentBlockIds,
    now,
  };
}
