import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { lookupTool } from '../lib/extract/tools/lookup-tool';
import { screenDocument } from '../lib/screen/screen-document';
import { EvalLabels, type EvalLabel } from './eval/eval-labels';
import { formatEvalReport, productionMatrix, verdictMatrix, type EvalFailure } from './eval/format-eval-report';
import { scoreDocument, type DocumentScore } from './eval/score-document';
import { summarizeScores } from './eval/summarize-scores';
import { loadCandidateFile } from './load-candidate-file';

const USAGE = 'usage: npm run eval -- <folder with labels.json> [--kind pdf|jsonresume|linkedin|github|...] [--json]';

const canonicalToolName = (name: string) => lookupTool(name)?.name ?? name;
const kindOf = (file: string) => file.split('/')[0] ?? 'other';

/** A document that could not be read scores as if nothing was found in it. */
function unreadScore(label: EvalLabel): DocumentScore {
  return {
    file: label.file,
    tools: { truePositives: 0, falsePositives: 0, falseNegatives: label.tools.length },
    outcomes: { truePositives: 0, falsePositives: 0, falseNegatives: label.outcomes.length },
    missedTools: label.tools,
    extraTools: [],
    missedOutcomes: label.outcomes.map((o) => o.token),
    extraOutcomes: [],
    missingDeployment: { expected: label.missingDeployment, predicted: true },
    production: { expected: label.production, predicted: 'none' },
    verdict: { expected: label.verdict, predicted: 'insufficient' },
  };
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const json = argv.includes('--json');
  const kindIndex = argv.indexOf('--kind');
  const kindFilter = kindIndex >= 0 ? argv[kindIndex + 1] : undefined;
  const folder = argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--kind');
  if (!folder) {
    console.error(USAGE);
    return 2;
  }
  let labels: EvalLabel[];
  try {
    labels = EvalLabels.parse(JSON.parse(await readFile(join(folder, 'labels.json'), 'utf8')));
  } catch (e) {
    console.error(`eval: cannot read ${join(folder, 'labels.json')}: ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
  if (kindIndex >= 0) {
    const kinds = [...new Set(labels.map((l) => kindOf(l.file)))].sort();
    if (!kindFilter || !kinds.includes(kindFilter)) {
      console.error(`eval: --kind must be one of the kinds in ${folder}: ${kinds.join(', ')}`);
      return 2;
    }
    labels = labels.filter((l) => kindOf(l.file) === kindFilter);
  }

  const scores: DocumentScore[] = [];
  const failures: EvalFailure[] = [];
  const timings = new Map<string, number>();
  for (const label of labels) {
    try {
      const started = performance.now();
      const document = await loadCandidateFile(join(folder, label.file));
      const screening = screenDocument(document, { role: 'ml-engineer' });
      timings.set(label.file, performance.now() - started);
      scores.push(scoreDocument(label, screening, canonicalToolName));
    } catch (e) {
      failures.push({ file: label.file, error: e instanceof Error ? e.message : String(e) });
      scores.push(unreadScore(label));
    }
  }
  const kinds = [...new Set(scores.map((s) => kindOf(s.file)))].sort();
  const byKind = kinds.map((k) => [k, summarizeScores(scores.filter((s) => kindOf(s.file) === k))] as [string, ReturnType<typeof summarizeScores>]);
  const overall = summarizeScores(scores);
  if (json) {
    const matrices = { verdict: verdictMatrix(scores), production: productionMatrix(scores) };
    process.stdout.write(`${JSON.stringify({ overall, byKind: Object.fromEntries(byKind), matrices, documents: scores, failures })}\n`);
  } else process.stdout.write(`${formatEvalReport(byKind, overall, scores, failures, timings)}\n`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`eval: ${e instanceof Error ? e.stack : String(e)}`);
    process.exit(1);
  },
);
