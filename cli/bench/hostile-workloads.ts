import type { CandidateDocument, SectionKind } from '../../lib/model/candidate-document';
import type { Evidence } from '../../lib/model/evidence';
import { extractBuzzwords } from '../../lib/extract/buzzwords/extract-buzzwords';
import { extractOutcomes } from '../../lib/extract/outcomes/extract-outcomes';
import { extractProduction } from '../../lib/extract/production/extract-production';
import { findDateRanges } from '../../lib/knowledge/dates/find-date-ranges';
import { extractTools } from '../../lib/extract/tools/extract-tools';
import { compactSegments, findQuoteSpans } from '../../lib/highlight/compact-text';
import { evaluateChecklist } from '../../lib/screen/checklist/evaluate-checklist';
import { detectFlags } from '../../lib/screen/flags/detect-flags';
import { rolePreset } from '../../lib/screen/role-presets';
import { scoreAndVerdict } from '../../lib/screen/score-verdict';
import { screenDocument } from '../../lib/screen/screen-document';
import { gatherFacts } from '../../lib/screen/screen-facts';
import { buzzword, outcome, tool, vague } from '../../lib/screen/test-support/evidence-builders';
import { documentOfPages } from '../../lib/sources/pdf/document-of-pages';
import type { PdfTextItem } from '../../lib/sources/pdf/pdf-text-item';
import { readPlainText } from '../../lib/sources/text/read-plain-text';
import { indexDocument } from '../../lib/text/indexed-document';
import { buildPhraseLexicon, matchPhrases } from '../../lib/text/phrase-lexicon';
import { tokenizeWords } from '../../lib/text/word-tokens';
import { HOSTILE_NUMBER_TEXTS, HOSTILE_TEXTS, productionHostileText } from '../../tests/fixtures/hostile-inputs';

/**
 * Hostile inputs (`tests/fixtures/hostile-inputs.ts` and a few built here), each with the CPU budget it
 * must stay under on a quiet machine. They used to be unit tests with time limits; a busy machine failed
 * those, so the bench measures them and the unit tests check what the same inputs yield.
 */
export interface HostileWorkload {
  name: string;
  budgetMs: number;
  /** Builds the input (not measured) and returns the work to measure. */
  prepare(): () => unknown;
}

const NOW = new Date('2026-01-01T00:00:00Z');

function oneBlock(text: string, section: SectionKind = 'experience', title?: string): CandidateDocument {
  return {
    source: 'text',
    capturedAt: NOW.toISOString(),
    person: { links: [] },
    sections: [{ kind: section, heading: section, blocks: [{ id: 'b0', text, title }] }],
    incomplete: [],
    warnings: [],
  };
}

const LONG_LINE = 'Deployed a PyTorch model with FastAPI on Kubernetes serving 12M requests/day at 40 ms p99, cutting cost by 30%. ';

/** A workload's `prepare`: builds the input once, and measures only `run` on it. */
function on<T>(build: () => T, run: (input: T) => unknown): () => () => unknown {
  return () => {
    const input = build();
    return () => run(input);
  };
}

const screenText = (text: string) => screenDocument(readPlainText(text), { now: NOW });

function denseRunsPage(): PdfTextItem[] {
  return Array.from({ length: 5000 }, (_, i) => ({
    text: `word${i} deployed model ${i % 7 === 0 ? '•' : ''} 2019 – 2020`,
    x: (i % 5) * 110 + 20,
    y: 790 - Math.floor(i / 5) * 0.75,
    width: 100,
    fontSize: 6 + (i % 3),
    bold: i % 11 === 0,
  }));
}

function twentyThousandClaims(): () => unknown {
  const text = 'Leveraged cutting-edge PyTorch models, cut latency by 30%. '.repeat(20_000);
  const indexed = indexDocument(oneBlock(text));
  const evidence: Evidence[] = [];
  for (let i = 0; i < 20_000; i++) {
    const at = i * 58;
    for (const e of [buzzword('cutting-edge'), tool('PyTorch', 'ml-framework', 'used', 'experience', 'b0'), outcome('30%', 'latency'), vague('Leveraged')]) {
      evidence.push({ ...e, location: { ...e.location, blockId: 'b0', start: at + 10, end: at + 20 } });
    }
  }
  const preset = rolePreset('ml-engineer');
  return () => {
    const facts = gatherFacts(indexed, evidence, NOW);
    return scoreAndVerdict(facts, preset, evaluateChecklist(facts, preset, []), detectFlags(facts));
  };
}

export const HOSTILE_WORKLOADS: HostileWorkload[] = [
  ...HOSTILE_TEXTS.map(([name, make]) => ({ name: `engine: ${name}`, budgetMs: 1000, prepare: on(make, screenText) })),
  { name: 'engine: 1 MB of long resume lines', budgetMs: 1000, prepare: on(() => LONG_LINE.repeat(Math.ceil(1_000_000 / LONG_LINE.length)), screenText) },
  ...(
    [
      ['one long line without spaces', () => 'PyTorch'.repeat(150_000)],
      ['a comma list of ambiguous words', () => 'Go, R, C, Spark, '.repeat(60_000)],
      ['repeated symbols', () => 'C++#.NET/&+'.repeat(100_000)],
      ['random unicode', () => Array.from({ length: 1_000_000 }, (_, i) => String.fromCharCode(32 + ((i * 7919) % 20000))).join('')],
    ] as const
  ).map(([name, make]) => ({
    name: `tools: 1 MB of ${name}`,
    budgetMs: 1000,
    prepare: on(() => indexDocument(oneBlock(make(), 'experience', make().slice(0, 80))), extractTools),
  })),
  { name: 'production: 1 MB of hostile text', budgetMs: 500, prepare: on(() => indexDocument(oneBlock(productionHostileText())), extractProduction) },
  {
    name: 'buzzwords: 1 MB of hype',
    budgetMs: 500,
    prepare: on(() => indexDocument(oneBlock('state of the art cutting-edge synergy dynamic state-of-the '.repeat(18_000), 'summary')), extractBuzzwords),
  },
  ...HOSTILE_NUMBER_TEXTS.map(([name, make]) => ({
    name: `outcomes: 1 MB of ${name}`,
    budgetMs: 1000,
    prepare: on(() => indexDocument(oneBlock(make())), extractOutcomes),
  })),
  {
    name: 'date ranges: hostile dates',
    budgetMs: 500,
    prepare: on(() => '2019-'.repeat(20_000) + 'a'.repeat(100_000) + ' 12/'.repeat(20_000), findDateRanges),
  },
  {
    name: 'phrases: 50,000 phrase prefixes',
    budgetMs: 1000,
    prepare: on(
      () => ({
        lexicon: buildPhraseLexicon<string>([
          ['state of the art', 'sota'],
          ['state', 'state'],
        ]),
        text: 'state of the '.repeat(50_000),
      }),
      ({ lexicon, text }) => matchPhrases(lexicon, tokenizeWords(text), text),
    ),
  },
  { name: 'facts and score: 80,000 pieces of evidence', budgetMs: 1500, prepare: twentyThousandClaims },
  {
    name: 'PDF layout: a dense 5,000-run page',
    budgetMs: 2000,
    prepare: on(denseRunsPage, (items) => documentOfPages([{ number: 1, width: 612, height: 792, items }])),
  },
  {
    name: 'highlight: quote search on regex-hostile page text',
    budgetMs: 1000,
    prepare: on(
      () => '(a+)+$'.repeat(50_000),
      (page) => findQuoteSpans(compactSegments([page]), '(a+)+$(a+)+$(a+)+$(a+)+$(a+)+$ but not here'),
    ),
  },
];
