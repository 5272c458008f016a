import { describe, expect, it } from 'vitest';
import { ESSENTIAL_QUOTE_CHARS, snapshotScreening, trimSnapshot } from './screening-snapshot';
import { sampleScreening } from './synthetic-candidates';

const unreferenced = {
  ...sampleScreening().evidence[0],
  id: 'tool.catalogue@b9:0',
  quote: 'A sentence nobody points at.',
};

describe('snapshotScreening', () => {
  it('keeps the evidence that summaries, flags and checks cite, and drops the rest', () => {
    const screening = sampleScreening({ evidence: [...sampleScreening().evidence, unreferenced] });
    const snapshot = snapshotScreening(screening);
    expect(snapshot.evidence.map((e) => e.id).sort()).toEqual(['outcome.from-to@b1:80', 'tool.catalogue@b1:10']);
    expect(snapshot.evidenceTrimmed).toBe(false);
  });

  it('essential detail keeps only quotes behind flags and checks, shortened', () => {
    const long = 'x'.repeat(ESSENTIAL_QUOTE_CHARS * 2);
    const screening = sampleScreening();
    screening.evidence[1] = { ...screening.evidence[1], quote: long };
    const snapshot = snapshotScreening(screening, 'essential');
    expect(snapshot.evidence.map((e) => e.id).sort()).toEqual(['outcome.from-to@b1:80', 'tool.catalogue@b1:10']);
    expect(snapshot.evidence.find((e) => e.id === 'outcome.from-to@b1:80')?.quote.length).toBe(ESSENTIAL_QUOTE_CHARS);
    expect(snapshot.evidenceTrimmed).toBe(true);
  });

  it('none keeps flags and reasons but no quotes', () => {
    const snapshot = snapshotScreening(sampleScreening(), 'none');
    expect(snapshot.evidence).toEqual([]);
    expect(snapshot.flags).toHaveLength(1);
    expect(snapshot.reasons).toEqual(['Quantified latency work.']);
    expect(snapshot.evidenceTrimmed).toBe(true);
  });

  it('trimming a snapshot that loses nothing does not mark it trimmed', () => {
    const snapshot = snapshotScreening(sampleScreening({ tools: [], outcomes: [] }));
    expect(trimSnapshot(snapshot, 'essential').evidenceTrimmed).toBe(false);
  });
});
