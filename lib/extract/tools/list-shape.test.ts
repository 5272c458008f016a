import { describe, expect, it } from 'vitest';
import { itemAt, listShape, readsAsList } from './list-shape';

const listItems = (text: string) => listShape(text).items;

const SENTENCES: Array<[string, boolean]> = [
  ['Languages: Python, R, SQL', true],
  ['Tools: Docker', true],
  ['Python, SQL, Spark, Airflow, and Docker', true],
  ['Python | Go | Rust', true],
  ['Built pipelines with Spark, Airflow and dbt, cutting costs by 40% across teams', false],
  ['Led a team of five engineers building the search platform.', false],
  ['Note: we shipped the ranking service twice a week to all customers worldwide', false],
  ['', false],
];

describe('readsAsList', () => {
  it.each(SENTENCES)('%s', (text, isList) => {
    expect(readsAsList(text)).toBe(isList);
  });
});

describe('listShape', () => {
  it.each(SENTENCES)('%s', (text, isList) => {
    expect(listShape(text).isList).toBe(isList);
  });

  // readsAsList counts what listShape builds: the two must never disagree.
  it.each([
    ...SENTENCES.map(([text]) => text),
    'C++, C#, F#',
    'scikit-learn; pandas; NumPy',
    'Weights & Biases, MLflow',
    'Cloud: AWS (S3, EKS, SageMaker), GCP',
    'Sprachen: Deutsch • Englisch | Русский',
    '使用 PyTorch、Docker 和 Kubernetes',
    'Tech stack:Python, Go',
    'A very long label that goes well past forty characters: Python, Go',
    'one two three four five six: Python',
    '(Python) [Go] · Rust	R',
    'Built it; shipped it; ran it',
  ])('agrees with readsAsList on %s', (text) => {
    expect(readsAsList(text)).toBe(listShape(text).isList);
  });
});

describe('listShape items', () => {
  it.each([
    ['Languages: Python, Go (basic), R', ['Python', 'Go', 'basic', 'R']],
    ['C++, scikit-learn · Weights & Biases', ['C++', 'scikit-learn', 'Weights & Biases']],
    ['Cloud: AWS (S3, EKS)', ['AWS', 'S3', 'EKS']],
    ['Outils : Python ; Docker', ['Python', 'Docker']],
    ['Sprachen: Deutsch • Englisch | Русский\tPython', ['Deutsch', 'Englisch', 'Русский', 'Python']],
    ['Ran A/B tests on ranking changes', ['Ran A/B tests on ranking changes']],
    [', ;|', []],
  ])('%s', (text, expected) => {
    expect(listItems(text).map((item) => text.slice(item.start, item.end).trim())).toEqual(expected);
  });

  it('counts the words of each item', () => {
    expect(listItems('Tech stack: Python, Hugging Face Transformers').map((item) => item.words)).toEqual([1, 3]);
  });
});

describe('itemAt', () => {
  it('finds the item holding an offset', () => {
    const text = 'Languages: Python, Go (basic), R';
    const shape = listShape(text);
    const item = itemAt(shape, text.indexOf('Go'));
    expect(text.slice(item?.start, item?.end).trim()).toBe('Go');
    expect(itemAt(shape, text.indexOf(':'))).toBeUndefined();
  });
});
