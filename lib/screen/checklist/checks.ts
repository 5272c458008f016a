import type { ProductionAspect, ToolCategory } from '../../model/evidence';
import { PRODUCTION_SEARCHED } from '../summary/summarize-production';
import type { ScreenFacts } from '../screen-facts';
import { clip, fail, pass, type Check, type CheckOutcome } from './check-result';
import { usesToolOf } from './tool-checks';

const set = <T>(...items: T[]): ReadonlySet<T> => new Set(items);

function productionWith(f: ScreenFacts, aspects: ReadonlySet<ProductionAspect>) {
  return f.ev.production.filter((p) => aspects.has(p.production.aspect) && p.production.level !== 'mentioned');
}

/** Tools of some categories used in work, or production statements about some aspects. */
function toolsOrPractice(f: ScreenFacts, categories: ReadonlySet<ToolCategory>, aspects: ReadonlySet<ProductionAspect>, what: string): CheckOutcome {
  const byTool = usesToolOf(f, categories, what);
  if (byTool.status === 'pass') return byTool;
  const practice = productionWith(f, aspects);
  if (practice.length > 0) return pass(`Describes it: “${practice[0].match}”.`, practice.map((p) => p.id));
  return byTool;
}

function mlInWork(f: ScreenFacts): CheckOutcome {
  const { ml } = f;
  const searched = 'ML tools used in roles or projects, ML job titles, sentences about building or running models';
  const inJobs = ml.experienceTools.length > 0 || ml.titles.length > 0;
  if (ml.level === 'core' || (ml.level === 'some' && inJobs)) {
    const bits = [
      ml.titles.length > 0 ? `ML titles ${ml.titles.slice(0, 2).map((t) => `“${t}”`).join(', ')}` : '',
      ml.experienceTools.length > 0 ? `uses ${ml.experienceTools.slice(0, 4).join(', ')} at work` : '',
      ml.experienceMentions > 0 ? `${ml.experienceMentions} sentence${ml.experienceMentions === 1 ? '' : 's'} about ML work` : '',
    ].filter(Boolean);
    return pass(`${bits.join('; ')}.`.replace(/^./, (c) => c.toUpperCase()), ml.evidenceIds);
  }
  if (ml.level === 'some') return fail('Machine learning only in projects or coursework, not in jobs.', searched, ml.evidenceIds);
  if (ml.level === 'weak') return fail('Machine learning only claimed in a headline, summary or skills list.', searched);
  return fail('No machine-learning work found.', searched);
}

function shipsToProduction(f: ScreenFacts): CheckOutcome {
  const { level, evidenceIds } = f.production;
  if (level === 'specified' || level === 'quantified') return pass(`Concrete production work (${level}).`, evidenceIds);
  const shipped = f.ev.artifact.filter((a) => a.artifact.type !== 'experiment-tracking' && a.artifact.type !== 'data-versioning');
  if (shipped.length > 0) {
    const a = shipped[0].artifact;
    return pass(`Repository ${a.repo} ships ${a.path} (${a.type}).`, shipped.map((s) => s.id));
  }
  if (level === 'mentioned') return fail('Production only mentioned, never what was shipped or with what.', PRODUCTION_SEARCHED, evidenceIds);
  return fail('No production or deployment work found.', PRODUCTION_SEARCHED);
}

/** Numbers about the running system (latency, QPS, uptime, users, cost), as graded by the production extractor. */
function productionNumbers(f: ScreenFacts): CheckOutcome {
  if (f.production.level === 'quantified') return pass('Gives numbers about a running system.', f.production.evidenceIds);
  return fail('No numbers about a running system.', 'latency, QPS, uptime, users or cost of a running system');
}

function quantifiesImpact(f: ScreenFacts): CheckOutcome {
  const searched = 'results with numbers: percentages, money, latency, throughput, users, uptime, model metrics';
  const ids = f.outcomes.map((o) => o.evidenceId);
  if (f.outcomes.length >= 2 || f.outcomes.some((o) => o.kind !== 'quality')) {
    return pass(`${f.outcomes.length} quantified result${f.outcomes.length === 1 ? '' : 's'}, e.g. “${f.outcomes[0].text}”.`, ids);
  }
  return fail(f.outcomes.length === 0 ? 'No result carries a number.' : 'A single model metric is the only number.', searched, ids);
}

function monitors(f: ScreenFacts): CheckOutcome {
  return toolsOrPractice(f, set('monitoring'), set('monitoring', 'drift', 'slo', 'on-call', 'ab-testing', 'rollback'), 'monitoring tools or practice');
}

function mlModelling(f: ScreenFacts): CheckOutcome {
  const byTool = usesToolOf(f, set('ml-framework', 'ml-library', 'llm'), 'ML libraries');
  if (byTool.status === 'pass') return byTool;
  const metrics = f.outcomes.filter((o) => o.kind === 'quality');
  if (metrics.length > 0) return pass(`Reports model results (“${metrics[0].text}”).`, metrics.map((o) => o.evidenceId));
  return byTool;
}

function publications(f: ScreenFacts): CheckOutcome {
  const searched = 'a publications section; papers, preprints, theses and venues in the text';
  const found = f.ev.publication;
  if (found.length === 0) return fail('No publications or research output found.', searched);
  const entries = found.filter((p) => p.publication.signal === 'entry');
  const ids = found.map((p) => p.id);
  if (entries.length > 0) return { ...pass(`${entries.length} entr${entries.length === 1 ? 'y' : 'ies'} under a publications heading, e.g. “${clip(entries[0].quote)}”.`, ids), searched };
  return { ...pass(`Research output: “${clip(found[0].quote)}”.`, ids), searched };
}

export const CHECKS: Record<string, Check> = Object.fromEntries(
  ([
    { id: 'ml-in-work', label: 'Does machine learning in real work', run: mlInWork },
    { id: 'ships-to-production', label: 'Ships models to production', run: shipsToProduction },
    { id: 'production-numbers', label: 'Numbers about running systems', run: productionNumbers },
    { id: 'quantifies-impact', label: 'Quantifies impact', run: quantifiesImpact },
    { id: 'monitors-production', label: 'Monitors models in production', run: monitors },
    {
      id: 'dl-framework',
      label: 'Uses a deep-learning framework in real work',
      run: (f) => usesToolOf(f, set('ml-framework'), 'deep-learning framework (PyTorch, TensorFlow, JAX…)'),
    },
    {
      id: 'cloud-containers',
      label: 'Cloud/containers in real work',
      run: (f) => usesToolOf(f, set('cloud', 'cloud-ml', 'container'), 'cloud platform or container tool'),
    },
    {
      id: 'data-pipelines',
      label: 'Data pipelines / orchestration',
      run: (f) => toolsOrPractice(f, set('orchestration', 'data-processing', 'streaming'), set('retraining'), 'data processing or orchestration tool'),
    },
    {
      id: 'experiment-tracking',
      label: 'Experiment tracking / model registry',
      run: (f) => usesToolOf(f, set('experiment-tracking', 'model-registry'), 'experiment tracking or model registry tool'),
    },
    { id: 'ci-cd', label: 'CI/CD for models', run: (f) => toolsOrPractice(f, set('ci-cd'), set('ci-cd'), 'CI/CD tool or practice') },
    {
      id: 'infrastructure-as-code',
      label: 'Infrastructure as code',
      run: (f) => usesToolOf(f, set('infrastructure'), 'infrastructure-as-code tool (Terraform, Pulumi…)'),
    },
    { id: 'serving', label: 'Serves models behind an API', run: (f) => toolsOrPractice(f, set('serving'), set('serving'), 'model serving tool or practice') },
    { id: 'ml-modelling', label: 'Builds and evaluates models', run: mlModelling },
    {
      id: 'sql-analytics',
      label: 'SQL and data analysis in real work',
      run: (f) =>
        usesToolOf(f, set('database', 'data-warehouse'), 'SQL, databases or analysis libraries', (t) => /^(sql|pandas|r|numpy)$/i.test(t.name)),
    },
    { id: 'publications', label: 'Publications or research output', run: publications },
  ] satisfies Check[]).map((c) => [c.id, c]),
);
