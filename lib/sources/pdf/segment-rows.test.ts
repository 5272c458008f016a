import { describe, expect, it } from 'vitest';
import { joinRuns, rowsOfItems } from './segment-rows';
import { run } from './test-items';

describe('rowsOfItems', () => {
  it('orders rows top to bottom and runs left to right', () => {
    const rows = rowsOfItems([run('second', 50, 700), run('first', 50, 720), run('line', 85, 720.4)]);
    expect(rows.map((row) => row.segments.map((segment) => segment.text))).toEqual([['first line'], ['second']]);
  });

  it('splits a row at a wide gap into phrases', () => {
    const [row] = rowsOfItems([run('Acme Corp', 50, 700), run('2019 – 2021', 480, 700)]);
    expect(row.segments.map((segment) => segment.text)).toEqual(['Acme Corp', '2019 – 2021']);
  });

  it('drops a run printed twice to fake bold', () => {
    const [row] = rowsOfItems([run('Skills', 50, 700), run('Skills', 50.3, 700.2)]);
    expect(row.segments.map((segment) => segment.text)).toEqual(['Skills']);
  });

  it('marks a segment bold when most of its characters are bold', () => {
    const [row] = rowsOfItems([run('Senior Engineer', 50, 700, 10, true), run('x', 126, 700)]);
    expect(row.segments[0].bold).toBe(true);
  });
});

describe('joinRuns', () => {
  it.each([
    [[run('Реализовал', 40, 100, 10), run('гибридный', 91.6, 100, 10)], 'Реализовал гибридный'],
    [[run('Exp', 40, 100, 10), run('erience', 55.2, 100, 10)], 'Experience'],
    [[run('Python ', 40, 100, 10), run('SQL', 80, 100, 10)], 'Python SQL'],
  ])('joins %#', (items, text) => {
    expect(joinRuns(items)).toBe(text);
  });
});
