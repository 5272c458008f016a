import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { ArtifactEvidence } from '../../lib/model/evidence';
import type { Screening } from '../../lib/model/screening';
import { ProductionSection } from './production-section';
import { INERT_HIGHLIGHT_GROUPS } from './test-support/inert-highlight-groups';

const groups = INERT_HIGHLIGHT_GROUPS;

const artifact = (path: string, type: ArtifactEvidence['artifact']['type']): ArtifactEvidence => ({
  id: `artifact@${path}`,
  kind: 'artifact',
  ruleId: `artifact.${type}`,
  quote: path,
  match: path,
  location: { section: 'artifacts', blockId: path, start: 0, end: path.length },
  strength: 0.6,
  artifact: { repo: 'ana/forecast', path, type },
});

const screeningWith = (evidence: Screening['evidence']): Screening =>
  ({ evidence, production: { level: 'none', evidenceIds: [], searched: 'deployment, serving' } }) as unknown as Screening;

describe('ProductionSection', () => {
  it('shows the files a repository ships apart from claims, even when no sentence claims production', () => {
    const html = renderToStaticMarkup(
      <ProductionSection
        screening={screeningWith([artifact('Dockerfile', 'container'), artifact('.github/workflows/ci.yml', 'ci-workflow')])}
        groups={groups}
      />,
    );
    expect(html).toContain('No production evidence found.');
    expect(html).toContain('Shipped in the repository (files, not claims) (2)');
    expect(html).toMatch(/ana\/forecast ships a Dockerfile and a CI workflow/);
  });

  it('shows no repository block for a document without repository files', () => {
    expect(renderToStaticMarkup(<ProductionSection screening={screeningWith([])} groups={groups} />)).not.toContain('Shipped in the repository');
  });
});
