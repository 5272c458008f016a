import { describe, expect, it } from 'vitest';
import { isLinkedInExport } from './linkedin-export';
import { linesOfPages } from './lines-of-pages';
import type { PdfTextItem } from './pdf-text-item';
import { page, run } from './test-items';

function exportPage(sidebarHeading: string, footer: string): PdfTextItem[] {
  const items = [run(sidebarHeading, 22, 740, 13)];
  ['Kubernetes', 'PyTorch', 'MLOps', 'Terraform', 'Model Serving'].forEach((skill, i) => items.push(run(skill, 22, 720 - i * 17.6, 10.5)));
  items.push(run('Jane Example', 224, 726, 26));
  for (let i = 0; i < 8; i++) items.push(run('Built and operated forecasting services for the grid every day.', 224, 700 - i * 18, 10.5));
  items.push(run(footer, 384, 14, 9));
  return items;
}

describe('isLinkedInExport', () => {
  it.each([
    ['Top Skills', 'Page 1 of 2', true],
    ['Kontakt', 'Seite 1 von 2', true],
    ['Навыки', 'Страница 1 из 2', true],
    ['Top Skills', '1', false],
    ['Hobbies', 'Page 1 of 2', false],
  ])('sidebar %s, footer %s -> %s', (heading, footer, expected) => {
    expect(isLinkedInExport(linesOfPages([page(exportPage(heading, footer))]))).toBe(expected);
  });
});
