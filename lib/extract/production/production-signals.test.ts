import { describe, expect, it } from 'vitest';
import { matchPhrases } from '../../text/phrase-lexicon';
import { tokenizeWords } from '../../text/word-tokens';
import { PRODUCTION_LEXICON } from './production-signals';

function signalsOf(text: string) {
  return matchPhrases(PRODUCTION_LEXICON, tokenizeWords(text), text).map((m) => [text.slice(m.start, m.end), m.value]);
}

describe('production lexicon: product names from the tool catalogue', () => {
  it.each([
    ['Kubernetes', { kind: 'tech', aspect: 'infrastructure' }],
    ['k8s', { kind: 'tech', aspect: 'infrastructure' }],
    ['Torch Serve', { kind: 'tech', aspect: 'serving' }],
    ['Prometheus', { kind: 'tech', aspect: 'monitoring' }],
    ['MLflow', { kind: 'tech', aspect: 'mlops' }],
    ['Postgres', { kind: 'anchor' }],
    ['Kafka', { kind: 'anchor' }],
    ['PyTorch', { kind: 'library' }],
    ['Golang', { kind: 'library' }],
  ])('reads %s by its catalogue spelling', (name, signal) => {
    expect(signalsOf(`Ran it on ${name} daily.`)).toContainEqual([name, signal]);
  });

  it('leaves out a spelling that stays an everyday word beside a shipping word', () => {
    expect(signalsOf('We go live with elastic scaling.').map(([words]) => words)).toEqual(['go live', 'scaling']);
  });

  it('names an MLOps platform by its serving product when it says endpoints', () => {
    expect(signalsOf('Served it from SageMaker endpoints.')).toContainEqual(['SageMaker endpoints', { kind: 'tech', aspect: 'serving' }]);
  });

  it('keeps products the catalogue does not list', () => {
    expect(signalsOf('Rolled out behind LaunchDarkly flags.')).toContainEqual(['LaunchDarkly', { kind: 'tech', aspect: 'ab-testing' }]);
  });
});
