import type {
  ArtifactEvidence,
  BuzzwordEvidence,
  Evidence,
  MlWorkEvidence,
  OutcomeEvidence,
  ProductionEvidence,
  PublicationEvidence,
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
  mlWork: MlWorkEvidence[];
  publication: PublicationEvidence[];
}

const GROUP_OF: Record<Evidence['kind'], keyof EvidenceByKind> = {
  tool: 'tool',
  outcome: 'outcome',
  production: 'production',
  buzzword: 'buzzword',
  vague: 'vague',
  tenure: 'tenure',
  artifact: 'artifact',
  'ml-work': 'mlWork',
  publication: 'publication',
};

/** One pass over the evidence, so that every summary and rule reads typed lists. */
export function groupEvidence(evidence: readonly Evidence[]): EvidenceByKind {
  const groups: EvidenceByKind = { tool: [], outcome: [], production: [], buzzword: [], vague: [], tenure: [], artifact: [], mlWork: [], publication: [] };
  for (const e of evidence) (groups[GROUP_OF[e.kind]] as Evidence[]).push(e);
  return groups;
}
