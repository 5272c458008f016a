import { describe, expect, it } from 'vitest';
import type { CandidateDocument } from '../../model/candidate-document';
import { indexDocument } from '../../text/indexed-document';
import { artifactTypeOfPath } from '../../knowledge/artifacts/artifact-type';
import { describeArtifacts, extractArtifacts } from './extract-artifacts';

describe('artifactTypeOfPath', () => {
  it.each([
    ['Dockerfile', false, 'container'],
    ['docker/Dockerfile.gpu', false, 'container'],
    ['serving.dockerfile', false, 'container'],
    ['docker-compose.yml', false, 'compose'],
    ['compose.prod.yaml', false, 'compose'],
    ['.github/workflows', true, 'ci-workflow'],
    ['.github/workflows/ci.yml', false, 'ci-workflow'],
    ['.gitlab-ci.yml', false, 'ci-workflow'],
    ['Jenkinsfile', false, 'ci-workflow'],
    ['helm/forecast-serving', true, 'helm'],
    ['charts/api/Chart.yaml', false, 'helm'],
    ['k8s', true, 'kubernetes'],
    ['deploy/kustomization.yaml', false, 'kubernetes'],
    ['serve.py', false, 'serving'],
    ['bentofile.yaml', false, 'serving'],
    ['model_repository/bert/config.pbtxt', false, 'serving'],
    ['torchserve', true, 'serving'],
    ['MLproject', false, 'experiment-tracking'],
    ['dvc.yaml', false, 'data-versioning'],
    ['data/raw.csv.dvc', false, 'data-versioning'],
    ['monitoring', true, 'monitoring'],
    ['prometheus.yml', false, 'monitoring'],
    ['infra/main.tf', false, 'infrastructure'],
    ['Procfile', false, 'infrastructure'],
  ])('%s (folder: %s) is %s', (path, dir, type) => {
    expect(artifactTypeOfPath(path, dir)).toBe(type);
  });

  it.each([
    ['README.md', false],
    ['.dockerignore', false],
    ['docker-notes.md', false],
    ['.github', true],
    ['.github/ISSUE_TEMPLATE/bug.md', false],
    ['notebooks', true],
    ['app.py', false],
    ['server.py', false],
    ['values.yaml', false],
    ['src/serve_utils/readme.txt', false],
    ['a/'.repeat(300), true],
  ])('%s (folder: %s) is no artifact', (path, dir) => {
    expect(artifactTypeOfPath(path, dir)).toBeUndefined();
  });
});

function docWith(paths: string[], section: 'artifacts' | 'projects' = 'artifacts'): CandidateDocument {
  return {
    source: 'github',
    capturedAt: '2025-01-15T00:00:00.000Z',
    identity: { kind: 'github', id: 'msolberg-ml' },
    person: { links: [] },
    sections: [{ kind: section, heading: 'Files', blocks: paths.map((p, i) => ({ id: `gh-artifacts-${i}`, text: p, org: 'msolberg-ml/forecast-serving' })) }],
    incomplete: [],
    warnings: [],
  };
}

describe('extractArtifacts', () => {
  it('turns artifact paths into evidence with repo, path, type and location', () => {
    const evidence = extractArtifacts(indexDocument(docWith(['Dockerfile', '.github/workflows/', 'README.md', 'helm/forecast-serving/'])));
    expect(evidence.map((e) => [e.ruleId, e.artifact.repo, e.artifact.path, e.artifact.type, e.location.blockId])).toEqual([
      ['artifact.container', 'msolberg-ml/forecast-serving', 'Dockerfile', 'container', 'gh-artifacts-0'],
      ['artifact.ci-workflow', 'msolberg-ml/forecast-serving', '.github/workflows', 'ci-workflow', 'gh-artifacts-1'],
      ['artifact.helm', 'msolberg-ml/forecast-serving', 'helm/forecast-serving', 'helm', 'gh-artifacts-3'],
    ]);
    expect(evidence[0]).toMatchObject({ kind: 'artifact', quote: 'Dockerfile', match: 'Dockerfile', location: { section: 'artifacts', start: 0, end: 10 } });
    expect(describeArtifacts(evidence)).toEqual(['msolberg-ml/forecast-serving ships a Dockerfile, a CI workflow and a Helm chart']);
  });

  it('ignores file names mentioned in claims (other sections)', () => {
    expect(extractArtifacts(indexDocument(docWith(['Dockerfile', 'serve.py'], 'projects')))).toEqual([]);
  });
});
