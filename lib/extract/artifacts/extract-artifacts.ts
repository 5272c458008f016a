import type { ArtifactEvidence } from '../../model/evidence';
import { evidenceId } from '../../text/evidence-id';
import type { IndexedDocument } from '../../text/indexed-document';
import { artifactTypeOfPath, describeArtifactType, type ArtifactType } from '../../knowledge/artifacts/artifact-type';

// How much each kind of file says about running software in production: a chart or a serving config is
// closer to a deployed system than a Dockerfile or a tracked experiment.
const STRENGTH: Record<ArtifactType, number> = {
  container: 0.6,
  compose: 0.5,
  kubernetes: 0.8,
  helm: 0.8,
  'ci-workflow': 0.6,
  serving: 0.8,
  'experiment-tracking': 0.5,
  'data-versioning': 0.5,
  monitoring: 0.8,
  infrastructure: 0.7,
};

/**
 * Production artifacts found in a repository's file list (the 'artifacts' section a source adapter fills, one
 * block per path; a trailing "/" marks a folder). They are evidence of their own kind, kept apart from claims.
 */
export function extractArtifacts(doc: IndexedDocument): ArtifactEvidence[] {
  const out: ArtifactEvidence[] = [];
  for (const { section, block } of doc.blocks) {
    if (section !== 'artifacts') continue;
    const isDirectory = block.text.endsWith('/');
    const path = block.text.replace(/\/+$/, '');
    const type = artifactTypeOfPath(path, isDirectory);
    if (!type) continue;
    const ruleId = `artifact.${type}`;
    out.push({
      id: evidenceId(ruleId, block.id, 0),
      kind: 'artifact',
      ruleId,
      quote: block.text,
      match: path,
      location: { section, blockId: block.id, start: 0, end: path.length },
      strength: STRENGTH[type],
      artifact: { repo: block.org ?? doc.document.identity?.id ?? '', path, type },
    });
  }
  return out;
}

function listOf(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** One sentence per repository: "owner/repo ships a Dockerfile, a CI workflow and a Helm chart". */
export function describeArtifacts(evidence: ArtifactEvidence[]): string[] {
  const byRepo = new Map<string, ArtifactType[]>();
  for (const e of evidence) {
    const types = byRepo.get(e.artifact.repo) ?? [];
    if (!types.includes(e.artifact.type)) types.push(e.artifact.type);
    byRepo.set(e.artifact.repo, types);
  }
  return [...byRepo].map(([repo, types]) => `${repo || 'The repository'} ships ${listOf(types.map(describeArtifactType))}`);
}
