import { describe, expect, it } from 'vitest';
import type { SourceEntry } from '../../lib/storage/candidate-record';
import { rowSource } from './row-verdict';

const source = (identity: string, verdict: SourceEntry['verdict'], score: number): SourceEntry => ({
  identity,
  source: 'linkedin',
  savedAt: '2026-01-01T00:00:00.000Z',
  role: 'ml-engineer',
  score,
  verdict,
  screenedAt: '2026-01-01T00:00:00.000Z',
  tools: [],
  flags: [],
});

describe('rowSource', () => {
  it('speaks for the best-scored judged screening', () => {
    expect(rowSource({ sources: [source('a', 'pass', 20), source('b', 'potential', 55)] })?.identity).toBe('b');
  });

  it('prefers a judged screening to one with not enough evidence, even at equal scores', () => {
    expect(rowSource({ sources: [source('empty', 'insufficient', 0), source('judged', 'pass', 0)] })?.identity).toBe('judged');
  });

  it('shows not enough evidence only when nothing could be judged, and nothing for a record without sources', () => {
    expect(rowSource({ sources: [source('empty', 'insufficient', 0)] })?.verdict).toBe('insufficient');
    expect(rowSource({ sources: [] })).toBeUndefined();
  });
});
