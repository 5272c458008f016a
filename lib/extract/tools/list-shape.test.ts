import { describe, expect, it } from 'vitest';
import { itemAt, listShape } from './list-shape';

describe('listShape', () => {
  it.each([
    ['Languages: Python, R, SQL', true],
    ['Tools: Docker', true],
    ['Python, SQL, Spark, Airflow, and Docker', true],
    ['Python | Go | Rust', true],
    ['Built pipelines with Spark, Airflow and dbt, cutting costs by 40% across teams', false],
    ['Led a team of five engineers building the search platform.', false],
    ['Note: we shipped the ranking service twice a week to all customers worldwide', false],
    ['', false],
  ])('%s', (text, isList) => {
    expect(listShape(text).isList).toBe(isList);
  });

  it('finds the item holding an offset', () => {
    const text = 'Languages: Python, Go (basic), R';
    const shape = listShape(text);
    const item = itemAt(shape, text.indexOf('Go'));
    expect(text.slice(item?.start, item?.end).trim()).toBe('Go');
    expect(itemAt(shape, text.indexOf(':'))).toBeUndefined();
  });
});
