import { describe, expect, it } from 'vitest';
import { layoutStatsOf } from './layout-stats';
import { linesOfPages } from './lines-of-pages';
import { page, run } from './test-items';
import { textUnitsOf } from './text-units';

function unitsOf(items: ReturnType<typeof run>[]) {
  const lines = linesOfPages([page(items)]);
  return textUnitsOf(lines, layoutStatsOf(lines)).map((unit) => ({ bullet: unit.bullet, text: unit.text }));
}

const FULL = 'Deployed a forecasting model behind a FastAPI service on Kubernetes serving'; // 74 chars wide line

describe('textUnitsOf', () => {
  it('joins a hanging bullet continuation and starts a new item at the next bullet', () => {
    expect(
      unitsOf([
        run(`• ${FULL}`, 60, 700),
        run('2M requests/day at p99 under 40 ms.', 70, 687.5),
        run('• Cut inference cost by 35%.', 60, 675),
        run(`• ${FULL}`, 60, 662.5),
      ]),
    ).toEqual([
      { bullet: true, text: `${FULL} 2M requests/day at p99 under 40 ms.` },
      { bullet: true, text: 'Cut inference cost by 35%.' },
      { bullet: true, text: FULL },
    ]);
  });

  it('joins wrapped paragraph lines; a larger gap or a short last line ends the paragraph', () => {
    expect(unitsOf([run(FULL, 50, 700), run('millions of requests.', 50, 688), run(FULL, 50, 664), run('with care.', 50, 652), run(FULL, 50, 640)])).toEqual([
      { bullet: false, text: `${FULL} millions of requests.` },
      { bullet: false, text: `${FULL} with care.` },
      { bullet: false, text: FULL },
    ]);
  });

  it('keeps short list lines (sidebar skills, labelled skill lines) apart', () => {
    expect(
      unitsOf([run('Kubernetes', 22, 700), run('PyTorch', 22, 687), run(`Languages: ${FULL}`, 22, 674), run('MLOps: MLflow, Kubeflow', 22, 661)]).map(
        (unit) => unit.text,
      ),
    ).toEqual(['Kubernetes', 'PyTorch', `Languages: ${FULL}`, 'MLOps: MLflow, Kubeflow']);
  });
});
