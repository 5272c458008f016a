import { describe, expect, it } from 'vitest';
import { dropPageFurniture } from './drop-page-furniture';
import { linesOfPages } from './lines-of-pages';
import { page, run } from './test-items';

describe('dropPageFurniture', () => {
  it('drops page numbers and a running header repeated on later pages, keeping page 1 top', () => {
    const lines = linesOfPages([
      page([run('Jane Example', 50, 760, 20), run('Experience', 50, 700, 12), run('Did things.', 50, 680), run('Page 1 of 2', 380, 14, 9)], 1),
      page([run('Jane Example', 50, 760, 20), run('Built more things.', 50, 700), run('Page 2 of 2', 380, 14, 9)], 2),
    ]);
    expect(dropPageFurniture(lines).map((line) => line.text)).toEqual(['Jane Example', 'Experience', 'Did things.', 'Built more things.']);
  });

  it('keeps ordinary lines that happen to repeat inside pages', () => {
    const lines = linesOfPages([
      page([run('Top', 50, 760), run('Python', 50, 700), run('middle a', 50, 650), run('middle b', 50, 600), run('end a', 50, 550), run('end b', 50, 500)], 1),
      page([run('Top 2', 50, 760), run('x', 50, 740), run('y', 50, 720), run('Python', 50, 650), run('end c', 50, 550), run('end d', 50, 500)], 2),
    ]);
    expect(dropPageFurniture(lines).map((line) => line.text)).toContain('Python');
    expect(dropPageFurniture(lines).filter((line) => line.text === 'Python')).toHaveLength(2);
  });
});
