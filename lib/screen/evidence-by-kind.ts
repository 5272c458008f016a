import type {
  ArtifactEvidence,
  BuzzwordEvidence,
  Evidence,
  OutcomeEvidence,
  ProductionEvidence,
  TenureEvidence,
  ToolEvidence,
  VagueEvidence,
} from '../model/evidence';

export interface EvidenceByKind {
  tool: ToolEvidence[];
  outcome: OutcomeEvidence[];
  production: ProductionEvidence[];
  buzzword: BuzzwordEvidence[];
  vague: VagueEvidence[];
  tenure: TenureEvidence[];
  artifact: ArtifactEvidence[];
}

/** One pass over the evidence, so that every summary and rule reads typed lists. */
export function groupEvidence(evidence: readonly Evidence[]): EvidenceByKind {
  const groups: EvidenceByKind = { tool: [], outcome: [], production: [], buzzword: [], vague: [], tenure: [], artifact: [] };
  for (const e of evidence) (groups[e.kind] as Evidence[]).push(e);
  return groups;
}
