import { describeArtifacts } from '../../lib/extract/artifacts/extract-artifacts';
import type { ArtifactEvidence, Evidence } from '../../lib/model/evidence';
import type { Screening } from '../../lib/model/screening';
import { groupProduction } from './group-screening';
import { EvidenceQuotes } from './evidence-quote';
import { HighlightToggle } from './highlight-toggle';
import { RuleId } from './rule-id';
import type { HighlightGroups } from './use-highlights';

const LEVEL_LABEL = {
  quantified: 'Quantified: numbers about the running system',
  specified: 'Specified: what ran, with what',
  mentioned: 'Mentioned: words without specifics',
} as const;

/** Files a repository ships (Dockerfile, CI workflow, Helm chart): evidence of practice, kept apart from claims. */
function ArtifactsSection({ artifacts, groups }: { artifacts: ArtifactEvidence[]; groups: HighlightGroups }) {
  const label = 'Shipped in the repository (files, not claims)';
  return (
    <section aria-label={label} data-testid="artifacts">
      <div className="item">
        <h4 className="section-title item-main">
          {label} ({artifacts.length})
        </h4>
        <HighlightToggle groups={groups} groupId="production:artifacts" evidenceIds={artifacts.map((a) => a.id)} label="repository files" />
      </div>
      <ul>
        {describeArtifacts(artifacts).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}

export function ProductionSection({ screening, groups }: { screening: Screening; groups: HighlightGroups }) {
  const production = groupProduction(screening.evidence);
  const artifacts = screening.evidence.filter((e): e is ArtifactEvidence => e.kind === 'artifact');
  const artifactsSection = artifacts.length > 0 && <ArtifactsSection artifacts={artifacts} groups={groups} />;
  if (production.length === 0) {
    return (
      <>
        <p className="muted">
          No production evidence found.{screening.production.searched ? ` Searched: ${screening.production.searched}` : ''}{' '}
          <RuleId id={screening.production.ruleId} />
        </p>
        {artifactsSection}
      </>
    );
  }
  return (
    <>
      <p className="muted" data-testid="production-level">
        Overall level: <strong>{screening.production.level}</strong> <RuleId id={screening.production.ruleId} />
      </p>
      {production.map((group) => (
        <section key={group.level} aria-label={LEVEL_LABEL[group.level]}>
          <div className="item">
            <h4 className="section-title item-main">
              {LEVEL_LABEL[group.level]} ({group.evidence.length})
            </h4>
            <HighlightToggle
              groups={groups}
              groupId={`production:${group.level}`}
              evidenceIds={group.evidence.map((item) => item.id)}
              label={`${group.level} production evidence`}
            />
          </div>
          <EvidenceQuotes items={group.evidence as Evidence[]} max={3} />
        </section>
      ))}
      {artifactsSection}
    </>
  );
}
