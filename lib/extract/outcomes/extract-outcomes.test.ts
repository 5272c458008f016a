import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CandidateDocument, Section } from '../../model/candidate-document';
import { OutcomeEvidence } from '../../model/evidence';
import { indexDocument } from '../../text/indexed-document';
import { HOSTILE_NUMBER_TEXTS } from '../../../tests/fixtures/hostile-inputs';
import { extractOutcomes, type RuledOutNumber } from './extract-outcomes';

function docOf(sections: Section[]): CandidateDocument {
  return { source: 'text', capturedAt: '2026-01-01T00:00:00Z', person: { links: [] }, sections, incomplete: [], warnings: [] };
}

const outcomesOf = (sections: Section[]) => extractOutcomes(indexDocument(docOf(sections)));
const oneBlock = (kind: Section['kind'], text: string): Section[] => [{ kind, heading: kind, blocks: [{ id: 'b1', text }] }];

/**
 * An invented ML engineer (no real person): a summary that repeats a work claim, a role with
 * bullets mixing results with dates, tenure, team size and model names, and an education entry.
 */
const FIXTURE: Section[] = [
  { kind: 'summary', heading: 'Summary', blocks: [{ id: 's1', text: 'ML engineer with 8+ years of experience. Cut GPU spend by $1.2M a year.' }] },
  {
    kind: 'experience',
    heading: 'Experience',
    blocks: [
      {
        id: 'e1',
        title: 'Senior ML Engineer',
        org: 'Northwind Freight',
        dates: { raw: 'Jan 2021 – Present' },
        text: [
          '• Cut GPU spend by $1.2M a year.',
          '• Reduced p99 ranking latency from 900 ms to 120 ms on Kubernetes (v1.27).',
          '• We served 40M requests/day from a fine-tuned Llama 3 8B model.',
          '• Led a team of 6 and mentored 3 interns; shipped the pipeline in 6 weeks.',
          '• Raised precision to 0.94 and recall by 12%, with 99.95% uptime since 2022.',
          '• Delivered 10x.',
        ].join('\n'),
      },
    ],
  },
  { kind: 'education', heading: 'Education', blocks: [{ id: 'd1', text: 'MSc Computer Science, 2018-2020. GPA 3.9/4.0. Top 5% of class.' }] },
];

describe('extractOutcomes', () => {
  const outcomes = outcomesOf(FIXTURE);
  const byToken = new Map(outcomes.map((o) => [o.outcome.token, o]));

  it('finds every claimed result and nothing else', () => {
    expect(outcomes.map((o) => o.outcome.token)).toEqual(['$1.2M', '900 ms', '40M', '0.94', '12%', '99.95%', '10x']);
  });

  it('types, links and attributes each claim', () => {
    expect(byToken.get('900 ms')?.outcome).toMatchObject({ kind: 'latency', baseline: '900 ms', target: '120 ms', attribution: 'self' });
    expect(byToken.get('40M')?.outcome).toMatchObject({ kind: 'throughput', attribution: 'team' });
    expect(byToken.get('$1.2M')?.outcome.kind).toBe('cost');
    expect(byToken.get('99.95%')?.outcome.kind).toBe('uptime');
    expect(byToken.get('0.94')?.outcome.kind).toBe('quality');
    expect(byToken.get('10x')?.outcome.warning).toMatch(/multiplier/);
  });

  it('points each claim at its sentence, block offsets and role', () => {
    const text = FIXTURE[1].blocks[0].text;
    for (const o of outcomes.filter((x) => x.location.blockId === 'e1')) {
      expect(text.slice(o.location.start, o.location.end)).toBe(o.match);
      expect(o.quote).toContain(o.match);
      expect(o.role).toEqual({ title: 'Senior ML Engineer', org: 'Northwind Freight', dates: 'Jan 2021 – Present' });
    }
    expect(byToken.get('$1.2M')?.location.section).toBe('summary');
  });

  it('cuts a very long sentence down to the words around the claim', () => {
    const filler = 'and more words about the platform '.repeat(40);
    const [o] = outcomesOf(oneBlock('experience', `${filler}cut latency by 40% ${filler}`));
    expect(o.quote.length).toBeLessThan(400);
    expect(o.quote).toContain('cut latency by 40%');
  });

  it('keeps a sentence repeated in another block once', () => {
    const repeated = 'Cut GPU spend by $1.2M a year.';
    const sections: Section[] = [
      {
        kind: 'experience',
        heading: 'Experience',
        blocks: [
          { id: 'a', text: repeated },
          { id: 'b', text: repeated },
        ],
      },
    ];
    expect(outcomesOf(sections).map((o) => o.location.blockId)).toEqual(['a']);
  });

  const claims = (text: string) => outcomesOf(oneBlock('experience', text)).map((o) => [o.outcome.token, o.outcome.kind, o.outcome.baseline]);

  it('gives each quantified claim of a sentence its own outcome, kind and baseline', () => {
    expect(claims('Built a RAG assistant with 94% retrieval accuracy and sub-200ms response times.')).toEqual([
      ['94%', 'quality', undefined],
      ['200ms', 'latency', undefined],
    ]);
    expect(claims('Cut cloud costs by 30% and latency by 30%.')).toEqual([
      ['30%', 'cost', undefined],
      ['30%', 'latency', undefined],
    ]);
    expect(claims('Lifted accuracy from 81% to 94% and cut latency from 300ms to 120ms.')).toEqual([
      ['81%', 'quality', '81%'],
      ['300ms', 'latency', '300ms'],
    ]);
  });

  it('keeps one claim for a range, a from-to pair, and a token repeated with the same kind', () => {
    expect(claims('Reduced serving latency by 40-60% across the fleet.')).toEqual([['40-60%', 'latency', undefined]]);
    expect(claims('Cut batch runtime from 14 hours to 3 hours.')).toEqual([['14 hours', 'time-saved', '14 hours']]);
    expect(claims('Cut GPU cost by 30% and storage cost by 30%.')).toEqual([['30%', 'cost', undefined]]);
  });

  it('reads a name before a hyphen as part of the name, and "sub-" as a bound', () => {
    expect(claims('Fine-tuned ResNet-50 for the sub-tasks.')).toEqual([]);
    expect(claims('Kept search at sub-100ms for 10M documents.').map(([token]) => token)).toEqual(['100ms', '10M']);
  });

  it('hands back the numbers an exclusion ruled out, with the rule that did', () => {
    const ruledOut: RuledOutNumber[] = [];
    const found = extractOutcomes(indexDocument(docOf(oneBlock('other', 'MySQL 85%\nCut query time by 85% with new indexes.'))), ruledOut);
    expect(found.map((o) => [o.outcome.token, o.ruleId])).toEqual([['85%', 'outcome.percent']]);
    expect(ruledOut).toEqual([
      { ruleId: 'outcome.not.skill-level', token: '85%', quote: 'MySQL 85%', location: { section: 'other', blockId: 'b1', start: 6, end: 9 } },
    ]);
  });

  it('produces evidence that satisfies the schema', () => {
    for (const o of outcomes) expect(OutcomeEvidence.safeParse(o).success).toBe(true);
  });

  it.each([
    ['Built an LLM pipeline in 6 weeks with GPT-4 on AWS S3', []],
    ['Python 3.10, PyTorch 2.1, CUDA 12', []],
    ['Hackathon winner: 1st place out of 40 teams in 36 hours', []],
    ['Call +1 (555) 201-4433 or mail ana@example.org', []],
    ['Saved 2 to 3 hours per analyst per day', ['2 to 3 hours']],
    ['Indexed 2.6M documents across 17 packages', ['2.6M', '17']],
    ['Grew the fleet from 2 to 5 inference clusters', ['2']],
    ['Made retrieval 2 x faster', ['2 x']],
    ['O aplicativo teve 15 mil downloads em 1 ano', ['15 mil']],
    ['Reduziu o tempo de resposta de 3 horas para 20 minutos', ['3 horas']],
  ])('%s', (text, tokens) => {
    expect(outcomesOf(oneBlock('experience', text)).map((o) => o.outcome.token)).toEqual(tokens);
  });

  it('never throws and keeps offsets valid on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        for (const o of outcomesOf(oneBlock('experience', text))) {
          expect(text.slice(o.location.start, o.location.end)).toBe(o.match);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps offsets valid on text built from resume pieces', () => {
    const piece = fc.constantFrom(
      'Cut',
      ' latency',
      ' from ',
      ' to ',
      ' by ',
      '40%',
      '$2.3M',
      '90s',
      '4 s',
      '12M',
      ' users',
      ' 2019',
      '-',
      '–',
      ' vs. ',
      '±',
      '0.91',
      ' AUC',
      '10x',
      ' team of ',
      '6',
      ' years',
      '\n',
      '. ',
      ', ',
      '∼',
      '€',
      'k+',
      ' QPS',
      '→',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const text = pieces.join('');
        for (const o of outcomesOf(oneBlock('experience', text))) {
          expect(text.slice(o.location.start, o.location.end)).toBe(o.match);
          expect(OutcomeEvidence.safeParse(o).success).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it.each(HOSTILE_NUMBER_TEXTS)('reads 1 MB of %s into claims that point back at the text, each kept once', (_name, make) => {
    // Its time is measured by `npm run bench` (hostile inputs).
    const text = make();
    const outcomes = outcomesOf(oneBlock('experience', text));
    for (const o of outcomes) expect(text.slice(o.location.start, o.location.end)).toBe(o.match);
    const tokens = outcomes.map((o) => o.outcome.token);
    expect(new Set(tokens).size).toBe(tokens.length);
  });

  it('keeps the claims of a resume line repeated 15,000 times once each', () => {
    const text = 'Reduced latency from 90s to 4s for 2M users, saving $40k (Jan 2021).\n'.repeat(15_000);
    expect(outcomesOf(oneBlock('experience', text)).map((o) => o.outcome.token)).toEqual(expect.arrayContaining(['2M', '$40k']));
  });
});
