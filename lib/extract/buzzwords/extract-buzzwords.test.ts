import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CandidateDocument, SectionKind } from '../../model/candidate-document';
import { BuzzwordEvidence } from '../../model/evidence';
import { indexDocument } from '../../text/indexed-document';
import { extractBuzzwords, findBuzzwords } from './extract-buzzwords';

const terms = (text: string) => findBuzzwords(text).map((b) => b.term);

function docOf(text: string, section: SectionKind = 'summary'): CandidateDocument {
  return {
    source: 'text',
    capturedAt: '2026-01-01T00:00:00Z',
    person: { links: [] },
    sections: [{ kind: section, heading: section, blocks: [{ id: 'b0', text }] }],
    incomplete: [],
    warnings: [],
  };
}

describe('findBuzzwords: hype that must be found', () => {
  it.each([
    ['Builds cutting-edge recommendation engines.', 'cutting-edge'],
    ['Delivers state-of-the-art solutions for retail.', 'state-of-the-art solutions'],
    ['Uses state of the art AI to help clients.', 'state-of-the-art'],
    ['AI-driven platform for insurers.', 'AI-driven'],
    ['Leveraged AI to drive innovation across the bank.', 'leveraged AI'],
    ['Leveraged AI to drive innovation across the bank.', 'drive innovation'],
    ['Passionate about AI and its impact.', 'passionate'],
    ['Results-driven data scientist.', 'results-driven'],
    ['Creates synergy between product and research.', 'synergy'],
    ['A game-changer for the supply chain.', 'game-changer'],
    ['Recognised thought leader in analytics.', 'thought leader'],
    ['Expert in ML, DL and NLP.', 'expert in ML/AI'],
    ['Aims to revolutionize healthcare with AI.', 'revolutionize'],
    ['World-class engineering team.', 'world-class'],
    ['A Python rockstar and SQL ninja.', 'rockstar'],
    ['A Python rockstar and SQL ninja.', 'ninja'],
    ['Dynamic professional with 8 years in tech.', 'dynamic'],
    ['Offers innovative solutions to hard problems.', 'innovative solutions'],
    ['Proven track record of delivering value.', 'proven track record'],
    ['Detail-oriented self-starter.', 'detail-oriented'],
    ['Detail-oriented self-starter.', 'self-starter'],
    ['Best-in-class tooling.', 'best-in-class'],
    ['Next-generation fraud models.', 'next-generation'],
    ['Disruptive fintech products.', 'disruptive'],
    ['Leveraging Spark for reporting.', 'leverage'],
    ['A transformative approach to claims.', 'transformative'],
  ])('%s -> %s', (text, term) => {
    expect(terms(text)).toContain(term);
  });
});

describe('findBuzzwords: legitimate terms that must not be found', () => {
  it.each([
    ['Implemented a graph algorithm for routing.'],
    ['Worked in an agile team on analytics dashboards.'],
    ['Trained deep learning models for speech.'],
    ['Reached state-of-the-art results on ImageNet with a ViT.'],
    ['Matched state-of-the-art accuracy on SQuAD 2.0.'],
    ['Solved it with dynamic programming.'],
    ['Built dynamic pricing for airline seats.'],
    ['Expertise in Kubernetes operations.'],
    ['Analysed next-generation sequencing data.'],
    ['Combined dynamic and static analysis of binaries.'],
    ['Rewrote the setup wizard of the installer.'],
    ['Outperformed state-of-the-art methods by 3 points.'],
    ['Reduced supply chain disruption with better forecasts.'],
  ])('%s', (text) => {
    expect(terms(text)).toEqual([]);
  });
});

describe('extractBuzzwords', () => {
  it('gives one piece of evidence per occurrence, with offsets into the block', () => {
    const text = 'Cutting-edge engineer.\nShips cutting-edge, AI-driven products.';
    const evidence = extractBuzzwords(indexDocument(docOf(text)));
    expect(evidence.map((e) => e.buzzword.term)).toEqual(['cutting-edge', 'cutting-edge', 'AI-driven']);
    for (const e of evidence) {
      expect(BuzzwordEvidence.safeParse(e).success).toBe(true);
      expect(text.slice(e.location.start, e.location.end)).toBe(e.match);
    }
  });

  it('finds hype after any text, and points all evidence back at the text', () => {
    const known = 'Ships cutting-edge products.';
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (noise) => {
        const text = `${noise}\n\n${known}`;
        const evidence = extractBuzzwords(indexDocument(docOf(text)));
        for (const e of evidence) expect(text.slice(e.location.start, e.location.end)).toBe(e.match);
        expect(evidence.at(-1)).toMatchObject({ match: 'cutting-edge', location: { start: text.length - 'cutting-edge products.'.length } });
      }),
      { numRuns: 300 },
    );
  });

  // Its time is measured by `npm run bench` (hostile inputs).
  it('finds the hype all through 1 MB of it', () => {
    const text = 'state of the art cutting-edge synergy dynamic state-of-the '.repeat(18_000);
    const evidence = extractBuzzwords(indexDocument(docOf(text)));
    expect(evidence.length).toBeGreaterThan(10_000);
    expect(Math.max(...evidence.map((e) => e.location.start))).toBeGreaterThan(text.length - 100);
  });
});
