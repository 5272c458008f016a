import { describe, expect, it } from 'vitest';
import { linesOfPages } from './lines-of-pages';
import type { PdfTextItem } from './pdf-text-item';
import { page, run } from './test-items';

function sidebarPage(): PdfTextItem[] {
  const items: PdfTextItem[] = [run('Top Skills', 22, 740, 13)];
  ['Kubernetes', 'PyTorch', 'MLOps', 'Terraform', 'Feature Stores', 'Model Serving'].forEach((skill, i) => items.push(run(skill, 22, 720 - i * 17.6, 10.5)));
  items.push(run('Experience', 224, 740, 15.75));
  for (let i = 0; i < 8; i++) items.push(run(`Built and operated forecasting services for the grid, part ${i + 1}.`, 224, 722 - i * 18, 10.5));
  return items;
}

describe('linesOfPages columns', () => {
  it('reads a sidebar and a main column one after the other, never interleaved', () => {
    const lines = linesOfPages([page(sidebarPage())]);
    const texts = lines.map((line) => line.text);
    expect(texts.slice(0, 7)).toEqual(['Top Skills', 'Kubernetes', 'PyTorch', 'MLOps', 'Terraform', 'Feature Stores', 'Model Serving']);
    expect(texts[7]).toBe('Experience');
    expect(lines.slice(8).every((line) => line.column === 1 && line.inColumns)).toBe(true);
  });

  it('keeps a title and its right-aligned dates on one line (a table row is not a column)', () => {
    const items: PdfTextItem[] = [];
    for (let i = 0; i < 6; i++) {
      items.push(run(`Machine Learning Engineer at Company Number ${i}`, 54, 700 - i * 40, 10));
      items.push(run(`Jan 201${i} – Dec 201${i}`, 470, 700 - i * 40, 10));
      items.push(run(`Shipped model ${i} to production with monitoring, retraining and on-call rotation.`, 60, 687 - i * 40, 10));
    }
    const lines = linesOfPages([page(items)]);
    expect(lines.every((line) => !line.inColumns)).toBe(true);
    expect(lines[0].parts).toEqual(['Machine Learning Engineer at Company Number 0', 'Jan 2010 – Dec 2010']);
  });

  it('reads a full-width header band before the columns', () => {
    const items = [run('Jane Example', 200, 770, 24), ...sidebarPage().map((item) => ({ ...item, y: item.y - 10 }))];
    const lines = linesOfPages([page(items)]);
    expect(lines[0].text).toBe('Jane Example');
    expect(lines[1].text).toBe('Top Skills');
  });

  it('keeps a date column before each role on the role’s row', () => {
    const items: PdfTextItem[] = [];
    for (let i = 0; i < 5; i++) {
      items.push(run(`2019 – 202${i}`, 50, 700 - i * 60, 10), run(`Machine Learning Engineer, Company ${i}`, 140, 700 - i * 60, 10, true));
      for (let j = 1; j <= 3; j++)
        items.push(run(`Shipped model ${i}.${j} with monitoring, retraining and an on-call rotation.`, 140, 700 - i * 60 - j * 12, 10));
    }
    const lines = linesOfPages([page(items)]);
    expect(lines.every((line) => !line.inColumns)).toBe(true);
    expect(lines[0].text).toBe('2019 – 2020 Machine Learning Engineer, Company 0');
  });

  it('keeps a date column on its roles’ rows when section headings stand alone at its left edge', () => {
    const items: PdfTextItem[] = [];
    let y = 740;
    for (const [heading, entries] of [
      ['Erfahrung', 3],
      ['Ausbildung', 2],
      ['Projekte', 2],
    ] as const) {
      items.push(run(heading, 50, y, 12, true));
      y -= 20;
      for (let i = 0; i < entries; i++) {
        items.push(run(`0${i + 1}/2019 – 0${i + 2}/2021`, 50, y, 10), run(`Ingenieurin für Modellbetrieb, Werk ${heading} ${i}`, 160, y, 10, true));
        for (let j = 1; j <= 2; j++) items.push(run(`Modell ${i}.${j} mit Überwachung, Nachtraining und Rufbereitschaft betrieben.`, 170, y - j * 12, 10));
        y -= 44;
      }
    }
    const lines = linesOfPages([page(items)]);
    expect(lines.every((line) => !line.inColumns)).toBe(true);
    expect(lines[1].text).toBe('01/2019 – 02/2021 Ingenieurin für Modellbetrieb, Werk Erfahrung 0');
  });

  it('still splits a sidebar of short lone lines beside a main column', () => {
    const items: PdfTextItem[] = [];
    ['Skills', 'Python', 'Docker', 'Kontakt', 'Sprachen', 'Deutsch'].forEach((word, i) => items.push(run(word, 22, 731 - i * 23, 10)));
    for (let i = 0; i < 10; i++) items.push(run(`Betrieb der Prognosedienste für das Netz, Zeile ${i} mit 2 Modellen.`, 224, 720 - i * 12, 10));
    const lines = linesOfPages([page(items)]);
    expect(lines.slice(0, 6).map((line) => line.text)).toEqual(['Skills', 'Python', 'Docker', 'Kontakt', 'Sprachen', 'Deutsch']);
  });

  it('splits two columns set on the same baseline grid', () => {
    const items: PdfTextItem[] = [];
    ['Kubernetes', 'PyTorch', 'Feature Stores', 'Model Serving', 'Terraform'].forEach((skill, i) => items.push(run(skill, 22, 700 - i * 12, 10)));
    for (let i = 0; i < 9; i++) items.push(run(`Operated forecasting services for the grid, line ${i}.`, 224, 700 - i * 12, 10));
    const lines = linesOfPages([page(items)]);
    expect(lines.slice(0, 5).map((line) => line.text)).toEqual(['Kubernetes', 'PyTorch', 'Feature Stores', 'Model Serving', 'Terraform']);
    expect(lines.every((line) => line.inColumns)).toBe(true);
  });

  it('keeps a label and its values on one row', () => {
    const items: PdfTextItem[] = [];
    ['Languages:', 'Frameworks:', 'Cloud & MLOps:', 'Databases:'].forEach((label, i) => {
      items.push(run(label, 36, 700 - i * 12, 10, true), run('Python, SQL, PyTorch, Docker, Kubernetes, MLflow, Airflow, Spark', 209, 700 - i * 12, 10));
    });
    const lines = linesOfPages([page(items)]);
    expect(lines.every((line) => !line.inColumns)).toBe(true);
    expect(lines[0].parts).toEqual(['Languages:', 'Python, SQL, PyTorch, Docker, Kubernetes, MLflow, Airflow, Spark']);
  });
});
