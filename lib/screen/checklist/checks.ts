import type { Evidence, OutcomeEvidence, ProductionAspect, ToolCategory } from '../../model/evidence';
import { PRODUCTION_SEARCHED } from '../summary/summarize-production';
import type { ScreenFacts } from '../screen-facts';
import { clipQuote as clip } from '../../text/clip-quote';
import { fail, pass, type Check, type CheckOptions, type CheckOutcome } from './check-result';
import { describeStatements, idsOf, MAX_CITED, splitByMl, type CountedStatement } from './ml-statements';
import { usesToolOf } from './tool-checks';

const set = <T>(...items: T[]): ReadonlySet<T> => new Set(items);

interface PracticeSpec {
  categories: ReadonlySet<ToolCategory>;
  aspects: ReadonlySet<ProductionAspect>;
  /** What was looked for, as the recruiter reads it. */
  what: string;
  /** Whether the item is about models (monitoring, serving, CI/CD for models) or about any system (pipelines). */
  aboutModels: boolean;
}

/** Tools of some categories used in described work, then production statements about some aspects. */
function toolsOrPractice(f: ScreenFacts, o: CheckOptions, spec: PracticeSpec): CheckOutcome {
  const tools = f.ev.tool.filter((t) => t.tool.usage === 'used' && spec.categories.has(t.tool.category));
  const practice = f.ev.production.filter((p) => spec.aspects.has(p.production.aspect) && p.production.level !== 'mentioned');
  const statements = [...tools, ...practice];
  const searched = `${spec.what} in experience or project descriptions${spec.aboutModels && o.requireMl ? ', about a model or ML system' : ''}`;
  if (!spec.aboutModels) {
    const byTool = usesToolOf(f, spec.categories, spec.what);
    if (byTool.status === 'pass' || practice.length === 0) return byTool;
    return {
      ...pass(
        `Describes it: “${practice[0].match}”.`,
        practice.map((p) => p.id),
      ),
      ruleId: 'practice',
    };
  }
  const { counted, other, sentences } = splitByMl(f, o, statements);
  if (counted.length > 0)
    return { ...pass(`Shows it: ${describeStatements(counted, sentences)}.`, idsOf(counted)), ruleId: o.requireMl ? 'ml-statement' : 'statement' };
  if (other.length > 0) {
    return {
      ...fail(
        `Shown only for systems that are not models, e.g. “${clip(other[0].quote, 90)}”.`,
        searched,
        other.map((e) => e.id),
      ),
      ruleId: 'not-ml',
    };
  }
  const listed = usesToolOf(f, spec.categories, spec.what);
  return { ...listed, searched };
}

function mlInWork(f: ScreenFacts): CheckOutcome {
  const { ml } = f;
  const searched = 'ML tools used in roles or projects, ML job titles, sentences about building or running models';
  const inJobs = ml.experienceTools.length > 0 || ml.titles.length > 0;
  if (ml.level === 'core' || (ml.level === 'some' && inJobs)) {
    const bits = [
      ml.titles.length > 0
        ? `ML titles ${ml.titles
            .slice(0, 2)
            .map((t) => `“${t}”`)
            .join(', ')}`
        : '',
      ml.experienceTools.length > 0 ? `uses ${ml.experienceTools.slice(0, 4).join(', ')} at work` : '',
      ml.experienceMentions > 0 ? `${ml.experienceMentions} sentence${ml.experienceMentions === 1 ? '' : 's'} about ML work` : '',
    ].filter(Boolean);
    return pass(
      `${bits.join('; ')}.`.replace(/^./, (c) => c.toUpperCase()),
      ml.evidenceIds,
    );
  }
  if (ml.level === 'some') return fail('Machine learning only in projects or coursework, not in jobs.', searched, ml.evidenceIds);
  if (ml.level === 'weak') return fail('Machine learning only claimed in a headline, summary or skills list.', searched);
  return fail('No machine-learning work found.', searched);
}

const SHIPPED_ARTIFACTS = new Set(['container', 'compose', 'kubernetes', 'helm', 'ci-workflow', 'serving', 'monitoring', 'infrastructure']);

function shipsToProduction(f: ScreenFacts, o: CheckOptions): CheckOutcome {
  const solid = f.ev.production.filter((p) => p.production.level !== 'mentioned');
  const { counted, other, sentences } = splitByMl(f, o, solid);
  if (counted.length > 0) {
    const what = o.requireMl ? 'a model or ML system' : 'a system';
    return { ...pass(`Ships ${what}: ${describeStatements(counted, sentences)}.`, idsOf(counted)), ruleId: o.requireMl ? 'ml-statement' : 'statement' };
  }
  const shipped = splitByMl(
    f,
    o,
    f.ev.artifact.filter((a) => SHIPPED_ARTIFACTS.has(a.artifact.type)),
  ).counted;
  if (shipped.length > 0) {
    const a = shipped[0].statement;
    const file = a.kind === 'artifact' ? `${a.artifact.repo} ships ${a.artifact.path} (${a.artifact.type})` : a.quote;
    return {
      ...pass(`Repository ${file}${shipped[0].proof ? `; ML shown by “${clip(shipped[0].proof.quote, 60)}”` : ''}.`, idsOf(shipped)),
      ruleId: 'artifact',
    };
  }
  if (other.length > 0) {
    return {
      ...fail(
        `Production work shown, but none of it on a model or ML system, e.g. “${clip(other[0].quote, 90)}”.`,
        PRODUCTION_SEARCHED,
        other.map((p) => p.id),
      ),
      ruleId: 'not-ml',
    };
  }
  const { level, evidenceIds } = f.production;
  if (level === 'mentioned')
    return { ...fail('Production only mentioned, never what was shipped or with what.', PRODUCTION_SEARCHED, evidenceIds), ruleId: 'mentioned' };
  return { ...fail('No production or deployment work found.', PRODUCTION_SEARCHED), ruleId: 'none' };
}

/** Results with a number other than a model metric, per block, in the order they stand. */
function resultsByBlock(f: ScreenFacts): Map<string, OutcomeEvidence[]> {
  const results = new Map<string, OutcomeEvidence[]>();
  for (const r of f.ev.outcome) {
    if (r.outcome.kind === 'quality') continue;
    const inBlock = results.get(r.location.blockId);
    if (inBlock) inBlock.push(r);
    else results.set(r.location.blockId, [r]);
  }
  for (const list of results.values()) list.sort((a, b) => a.location.start - b.location.start);
  return results;
}

/** A result inside the statement's sentence: only results within a sentence's length of it are compared. */
function resultIn(statement: Evidence, sorted: readonly OutcomeEvidence[] | undefined): OutcomeEvidence | undefined {
  if (!sorted) return undefined;
  const from = statement.location.start - statement.quote.length;
  const to = statement.location.start + statement.quote.length;
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].location.start < from) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < sorted.length && sorted[k].location.start < to; k++) if (statement.quote.includes(sorted[k].quote)) return sorted[k];
  return undefined;
}

/**
 * A result with a number, other than a model metric, in the very sentence that states shipping the
 * system ("deployed the forecasting models that set stock for 40,000 products"): a number about what
 * the running system does.
 */
function shippedWithResult(f: ScreenFacts, o: CheckOptions): CountedStatement[] {
  const results = resultsByBlock(f);
  const out: CountedStatement[] = [];
  for (const statement of f.ev.production) {
    if (statement.production.level !== 'specified') continue;
    const proof = f.mlProof(statement);
    if (!proof && o.requireMl) continue;
    const result = resultIn(statement, results.get(statement.location.blockId));
    if (result) out.push({ statement, proof }, { statement: result });
    if (out.length >= MAX_CITED) break;
  }
  return out;
}

/** Numbers about the running system (latency, QPS, uptime, users, cost), as graded by the production extractor. */
function productionNumbers(f: ScreenFacts, o: CheckOptions): CheckOutcome {
  const what = o.requireMl ? 'ML system' : 'system';
  const searched = `latency, QPS, uptime, users or cost of a running ${o.requireMl ? 'model or ML system' : 'system'}`;
  const quantified = f.ev.production.filter((p) => p.production.level === 'quantified');
  const { counted, other, sentences } = splitByMl(f, o, quantified);
  if (counted.length > 0)
    return {
      ...pass(`Gives numbers about a running ${what}: ${describeStatements(counted, sentences)}.`, idsOf(counted)),
      ruleId: o.requireMl ? 'ml-numbers' : 'numbers',
    };
  const withResult = shippedWithResult(f, o);
  if (withResult.length > 0)
    return {
      ...pass(`States what the shipped ${what} achieved, with a number: ${describeStatements(withResult)}.`, idsOf(withResult)),
      ruleId: 'shipped-with-result',
    };
  if (other.length > 0)
    return {
      ...fail(
        `Numbers only about systems that are not models, e.g. “${clip(other[0].quote, 90)}”.`,
        searched,
        other.map((p) => p.id),
      ),
      ruleId: 'not-ml',
    };
  return { ...fail('No numbers about a running system.', searched), ruleId: 'none' };
}

function quantifiesImpact(f: ScreenFacts): CheckOutcome {
  const searched = 'results with numbers: percentages, money, latency, throughput, users, uptime, model metrics';
  const ids = f.outcomes.map((o) => o.evidenceId);
  if (f.outcomes.length >= 2 || f.outcomes.some((o) => o.kind !== 'quality')) {
    return pass(`${f.outcomes.length} quantified result${f.outcomes.length === 1 ? '' : 's'}, e.g. “${f.outcomes[0].text}”.`, ids);
  }
  return fail(f.outcomes.length === 0 ? 'No result carries a number.' : 'A single model metric is the only number.', searched, ids);
}

function monitors(f: ScreenFacts, o: CheckOptions): CheckOutcome {
  return toolsOrPractice(f, o, {
    categories: set('monitoring'),
    aspects: set('monitoring', 'drift', 'slo', 'on-call', 'ab-testing', 'rollback'),
    what: 'monitoring tools or practice',
    aboutModels: true,
  });
}

function mlModelling(f: ScreenFacts): CheckOutcome {
  const byTool = usesToolOf(f, set('ml-framework', 'ml-library', 'llm'), 'ML libraries');
  if (byTool.status === 'pass') return byTool;
  const metrics = f.outcomes.filter((o) => o.kind === 'quality');
  if (metrics.length > 0)
    return pass(
      `Reports model results (“${metrics[0].text}”).`,
      metrics.map((o) => o.evidenceId),
    );
  return byTool;
}

function publications(f: ScreenFacts): CheckOutcome {
  const searched = 'a publications section; papers, preprints, theses and venues in the text';
  const found = f.ev.publication;
  if (found.length === 0) return fail('No publications or research output found.', searched);
  const entries = found.filter((p) => p.publication.signal === 'entry');
  const ids = found.map((p) => p.id);
  if (entries.length > 0)
    return {
      ...pass(`${entries.length} entr${entries.length === 1 ? 'y' : 'ies'} under a publications heading, e.g. “${clip(entries[0].quote)}”.`, ids),
      searched,
    };
  return { ...pass(`Research output: “${clip(found[0].quote)}”.`, ids), searched };
}

export const CHECKS: Record<string, Check> = Object.fromEntries(
  (
    [
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
        run: (f, o) =>
          toolsOrPractice(f, o, {
            categories: set('orchestration', 'data-processing', 'streaming'),
            aspects: set('retraining'),
            what: 'data processing or orchestration tool',
            aboutModels: false,
          }),
      },
      {
        id: 'experiment-tracking',
        label: 'Experiment tracking / model registry',
        run: (f) => usesToolOf(f, set('experiment-tracking', 'model-registry'), 'experiment tracking or model registry tool'),
      },
      {
        id: 'ci-cd',
        label: 'CI/CD for models',
        run: (f, o) => toolsOrPractice(f, o, { categories: set('ci-cd'), aspects: set('ci-cd'), what: 'CI/CD tool or practice', aboutModels: true }),
      },
      {
        id: 'infrastructure-as-code',
        label: 'Infrastructure as code',
        run: (f) => usesToolOf(f, set('infrastructure'), 'infrastructure-as-code tool (Terraform, Pulumi…)'),
      },
      {
        id: 'serving',
        label: 'Serves models behind an API',
        run: (f, o) =>
          toolsOrPractice(f, o, { categories: set('serving'), aspects: set('serving'), what: 'model serving tool or practice', aboutModels: true }),
      },
      { id: 'ml-modelling', label: 'Builds and evaluates models', run: mlModelling },
      {
        id: 'sql-analytics',
        label: 'SQL and data analysis in real work',
        run: (f) => usesToolOf(f, set('database', 'data-warehouse'), 'SQL, databases or analysis libraries', (t) => /^(sql|pandas|r|numpy)$/i.test(t.name)),
      },
      { id: 'publications', label: 'Publications or research output', run: publications },
    ] satisfies Check[]
  ).map((c) => [c.id, c]),
);
