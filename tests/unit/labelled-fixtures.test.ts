import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EvalLabels } from '../../cli/eval/eval-labels';
import { scoreDocument } from '../../cli/eval/score-document';
import { summarizeScores } from '../../cli/eval/summarize-scores';
import { loadCandidateFile } from '../../cli/load-candidate-file';
import { lookupTool } from '../../lib/extract/tools/lookup-tool';
import { screenDocument } from '../../lib/screen/screen-document';

const FOLDER = join(__dirname, '../fixtures/heldout');
const labels = EvalLabels.parse(JSON.parse(readFileSync(join(FOLDER, 'labels.json'), 'utf8')));

/**
 * The project's own labelled resumes (invented, labelled by hand) through the whole engine: a golden
 * check that a change to one extractor does not quietly cost quality elsewhere. The thresholds are the
 * acceptance figures, below what the set scores today, so that a real regression fails and noise does not.
 */
describe('labelled fixture resumes', () => {
  it('meet the extraction quality bar', async () => {
    const scores = [];
    for (const label of labels) {
      const document = await loadCandidateFile(join(FOLDER, label.file));
      const screening = screenDocument(document, { role: 'ml-engineer', now: new Date('2026-06-01') });
      scores.push(scoreDocument(label, screening, (name) => lookupTool(name)?.name ?? name));
    }
    const summary = summarizeScores(scores);
    expect(summary.tools.f1).toBeGreaterThanOrEqual(0.92);
    expect(summary.outcomes.f1).toBeGreaterThanOrEqual(0.85);
    expect(summary.missingDeploymentAgreement).toBeGreaterThanOrEqual(0.9);
    expect(summary.verdictAgreement).toBeGreaterThanOrEqual(0.8);
  });
});
