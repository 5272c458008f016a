import type { ArtifactEvidence } from '../../model/evidence';

export type ArtifactType = ArtifactEvidence['artifact']['type'];

type Rule = { type: ArtifactType; file?: RegExp; dir?: RegExp };

// Names as they appear in a repository's file list. A directory name counts when it is a segment of the path,
// a file name when it is the last segment. Generic names (app.py, server.py, values.yaml) are left out on purpose.
const RULES: Rule[] = [
  {
    type: 'ci-workflow',
    dir: /^(\.github\/workflows|\.circleci|\.buildkite)$/,
    file: /^(\.gitlab-ci\.ya?ml|jenkinsfile|azure-pipelines\.ya?ml|\.travis\.ya?ml|bitbucket-pipelines\.ya?ml|cloudbuild\.ya?ml|buildspec\.ya?ml)$/,
  },
  { type: 'container', file: /^(dockerfile([._-][\w.-]+)?|[\w.-]+\.dockerfile|containerfile)$/ },
  { type: 'compose', file: /^((docker-)?compose([._-][\w-]+)*\.ya?ml)$/ },
  { type: 'helm', dir: /^(helm|charts?|helm-charts?)$/, file: /^(chart\.ya?ml|helmfile\.ya?ml)$/ },
  {
    type: 'kubernetes',
    dir: /^(k8s|kubernetes|kustomize|manifests|kube)$/,
    file: /^(kustomization\.ya?ml|skaffold\.ya?ml|[\w.-]+\.k8s\.ya?ml|inferenceservice\.ya?ml)$/,
  },
  {
    type: 'serving',
    dir: /^(serving|serve|model[_-]?server|inference[_-]server|model[_-]repository|triton|torchserve|bentoml|kserve|seldon)$/,
    file: /^(serve\.py|serving\.py|serve_[\w-]+\.py|inference_server\.py|predictor\.py|bentofile\.ya?ml|config\.pbtxt|[\w.-]+\.mar)$/,
  },
  { type: 'experiment-tracking', dir: /^(mlruns)$/, file: /^(mlproject)$/ },
  { type: 'data-versioning', dir: /^(\.dvc)$/, file: /^(dvc\.ya?ml|dvc\.lock|[\w.-]+\.dvc)$/ },
  { type: 'monitoring', dir: /^(monitoring|grafana|prometheus|alerting)$/, file: /^(prometheus\.ya?ml|alertmanager\.ya?ml|alert[_-]?rules\.ya?ml)$/ },
  {
    type: 'infrastructure',
    dir: /^(terraform|infra|infrastructure|pulumi|ansible)$/,
    file: /^([\w.-]+\.tf|pulumi\.ya?ml|serverless\.ya?ml|cdk\.json|procfile)$/,
  },
];

/**
 * The kind of production artifact a repository path shows, or undefined. `isDirectory` says whether the path
 * names a folder (its last segment is then matched as a directory name).
 */
export function artifactTypeOfPath(path: string, isDirectory = false): ArtifactType | undefined {
  const clean = path
    .trim()
    .replace(/^\/+|\/+$/g, '')
    .toLowerCase();
  if (!clean || clean.length > 400) return undefined;
  const segments = clean.split('/');
  const name = segments[segments.length - 1];
  const dirs = isDirectory ? segments : segments.slice(0, -1);
  for (const rule of RULES) {
    if (rule.file && !isDirectory && rule.file.test(name)) return rule.type;
    if (rule.dir && (dirs.some((d) => rule.dir!.test(d)) || dirs.some((_, i) => rule.dir!.test(dirs.slice(i, i + 2).join('/'))))) return rule.type;
  }
  return undefined;
}

const DESCRIPTIONS: Record<ArtifactType, string> = {
  container: 'a Dockerfile',
  compose: 'a Compose file',
  kubernetes: 'Kubernetes manifests',
  helm: 'a Helm chart',
  'ci-workflow': 'a CI workflow',
  serving: 'model-serving code',
  'experiment-tracking': 'experiment tracking (MLflow)',
  'data-versioning': 'data versioning (DVC)',
  monitoring: 'monitoring configuration',
  infrastructure: 'infrastructure as code',
};

export function describeArtifactType(type: ArtifactType): string {
  return DESCRIPTIONS[type];
}
