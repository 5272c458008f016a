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
    expect(
      headingsOf([
        run('EXPERIENCE', 50, 740, 14, true),
        run('Senior Engineer', 50, 725, 10, true),
        run(BODY, 50, 712),
        run('experience', 50, 700),
        run(BODY, 50, 688),
      ]),
    ).toEqual(['EXPERIENCE=experience']);
  });

  it('takes a sub-label set plainer than the section headings as text, and a heading set as large as them as a heading', () => {
    expect(
      headingsOf([
        run('EXPERIENCE', 50, 740, 14, true),
        run(BODY, 50, 725),
        run('SKILLS', 50, 700, 14, true),
        run('Frameworks', 50, 685, 10, true),
        run('PyTorch, scikit-learn, FastAPI', 50, 672),
        run('Languages', 50, 655, 10, true),
        run('Python, Go, SQL', 50, 642),
        run('Projects', 50, 615, 16, true),
        run(BODY, 50, 600),
      ]),
    ).toEqual(['EXPERIENCE=experience', 'SKILLS=skills', 'Projects=projects']);
  });

  it('takes a heading with words it does not know only in the headings’ style', () => {
    const document = (titleSize: number, titleBold: boolean) => [
      run('EXPERIENCE', 50, 740, 14, true),
      run(BODY, 50, 725),
      run('EDUCATION', 50, 700, 14, true),
      run(BODY, 50, 685),
      run('MACHINE LEARNING PROJECTS', 50, 660, titleSize, titleBold),
      run(BODY, 50, 645),
    ];
    expect(headingsOf(document(14, true))).toContain('MACHINE LEARNING PROJECTS=projects');
    expect(headingsOf(document(10, false))).not.toContain('MACHINE LEARNING PROJECTS=projects');
  });

  it('reads a heading behind a dingbat or above a rule of underscores', () => {
    expect(
      headingsOf([run('◆ WORK HISTORY', 50, 740, 12, true), run(BODY, 50, 725), run('Education ______________', 50, 700, 12, true), run(BODY, 50, 685)]),
    ).toEqual(['◆ WORK HISTORY=experience', 'Education ______________=education']);
  });
});
