import { describe, expect, it } from 'vitest';
import { findHeadings } from './find-headings';
import { layoutStatsOf } from './layout-stats';
import { linesOfPages } from './lines-of-pages';
import { page, run } from './test-items';

function headingsOf(items: ReturnType<typeof run>[]): string[] {
  const lines = linesOfPages([page(items)]);
  return [...findHeadings(lines, layoutStatsOf(lines)).entries()].map(([index, mark]) => `${lines[index].text}=${mark.kind}`);
}

const BODY = 'Trained and deployed ranking models for search with measurable gains in conversion.';

describe('findHeadings', () => {
  it('finds known headings set apart by size, weight or capitals, in several languages', () => {
    expect(
      headingsOf([
        run('EXPERIENCE', 50, 740, 12, true),
        run(BODY, 50, 725),
        run('Образование', 50, 700, 12, true),
        run(BODY, 50, 685),
        run('Skills', 50, 660, 14),
        run(BODY, 50, 645),
      ]),
    ).toEqual(['EXPERIENCE=experience', 'Образование=education', 'Skills=skills']);
  });

  it('takes an unknown line in the headings’ exact style as a heading of kind other', () => {
    expect(headingsOf([run('EXPERIENCE', 50, 740, 14, true), run(BODY, 50, 725), run('VOLUNTEERING ABROAD', 50, 700, 14, true), run(BODY, 50, 685)])).toEqual([
      'EXPERIENCE=experience',
      'VOLUNTEERING ABROAD=other',
    ]);
  });

  it('does not take a heading word inside running text, nor a bold job title', () => {
    expect(headingsOf([run('EXPERIENCE', 50, 740, 14, true), run('Senior Engineer', 50, 725, 10, true), run(BODY, 50, 712), run('experience', 50, 700), run(BODY, 50, 688)])).toEqual([
      'EXPERIENCE=experience',
    ]);
  });
});
