import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HOSTILE_TEXTS } from '../fixtures/hostile-inputs';
import type { Block, CandidateDocument } from '../../lib/model/candidate-document';
import { Screening } from '../../lib/model/screening';
import { screenDocument } from '../../lib/screen/screen-document';
import { readPlainText } from '../../lib/sources/text/read-plain-text';

// Time on these inputs is measured by `npm run bench` (hostile inputs); here, what they yield.

const NOW = new Date('2026-01-01');

function screenText(text: string) {
  const document = readPlainText(text, { now: NOW });
  return { document, screening: screenDocument(document, { now: NOW }) };
}

/** Nothing is made up: every piece of evidence quotes text of the block it points at. */
function expectEvidenceFromDocument(screening: Screening, document: CandidateDocument): void {
  const blocks = new Map<string, Block>(document.sections.flatMap((s) => s.blocks.map((b) => [b.id, b] as const)));
  for (const e of screening.evidence) {
    const block = blocks.get(e.location.blockId);
    expect(block, `evidence ${e.id} points at a block of the document`).toBeDefined();
    if (block!.text.slice(e.location.start, e.location.end) === e.match) continue;
    const header = [block!.title, block!.org, block!.dates?.raw, ...(block!.skills ?? [])];
    expect(
      header.some((field) => field?.includes(e.match)),
      `evidence ${e.id} “${e.match}” is in its block`,
    ).toBe(true);
  }
}

/** Either "Not enough evidence" with its reason and no score, or a verdict that says why. */
function expectStateOrReasonedVerdict(screening: Screening): void {
  expect(Screening.safeParse(screening).success).toBe(true);
  expect(screening.reasons.length).toBeGreaterThan(0);
  if (screening.verdict === 'insufficient') {
    expect(screening.reasons[0]).toMatch(/^Not enough evidence: /);
    expect(screening.score).toBe(0);
  } else {
    expect(screening.reasons[0]).toMatch(/^(Strong|Not strong|At most potential|Not a fit): /);
  }
}

const REAL_ROLE = [
  'Experience',
  'Machine Learning Engineer, Orbital Freight   Jan 2021 – Present',
  '- Deployed a PyTorch ranking model on Kubernetes serving 12M requests/day at 40 ms p99.',
  '- Cut serving cost by 31% with batching and autoscaling.',
  '',
].join('\n');

function expectRealRoleRead(screening: Screening, tools = true): void {
  if (tools) expect(screening.tools.find((t) => t.name === 'PyTorch')?.usage).toBe('used');
  expect(screening.outcomes.map((o) => o.token)).toEqual(expect.arrayContaining(['12M', '31%']));
  expect(['specified', 'quantified']).toContain(screening.production.level);
}

describe('engine on random text', () => {
  it('answers "Not enough evidence" or a verdict with its reasons, from evidence that is in the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (text) => {
        const { document, screening } = screenText(text);
        expectStateOrReasonedVerdict(screening);
        expectEvidenceFromDocument(screening, document);
      }),
      { numRuns: 300 },
    );
  });

  it('reads resume-like word soup into evidence that is in the text', () => {
    const words = fc.constantFrom(
      'Deployed',
      'PyTorch',
      'C++',
      '.NET',
      'Go',
      'R',
      '40%',
      '$2.3M',
      'from',
      '90s',
      'to',
      '4s',
      'p99',
      'Jan 2020 –',
      'Present',
      '\n',
      '•',
      'cutting-edge',
      'k8s',
      'ms',
      'x',
      '10x',
      '(',
      ')',
      ',',
      '.',
    );
    fc.assert(
      fc.property(fc.array(words, { maxLength: 400 }), (parts) => {
        const { document, screening } = screenText(parts.join(' '));
        expectStateOrReasonedVerdict(screening);
        expectEvidenceFromDocument(screening, document);
      }),
      { numRuns: 300 },
    );
  });

  it('still reads a real role that follows random text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (noise) => {
        expectRealRoleRead(screenText(`${noise}\n\n${REAL_ROLE}`).screening);
      }),
      { numRuns: 100 },
    );
  });
});

describe('engine on hostile input', () => {
  it.each(HOSTILE_TEXTS)('%s: "Not enough evidence" or a verdict with its reasons', (_name, make) => {
    const { document, screening } = screenText(make());
    expectStateOrReasonedVerdict(screening);
    expectEvidenceFromDocument(screening, document);
  });

  // The tool reader stops after 5,000 mentions (extract-tools.ts): after 100,000 tool names a role's
  // tools are not read, its results and production still are.
  const TOOL_FLOOD = 'C++ 100k times';

  it.each(HOSTILE_TEXTS)('%s, then a real role: the role is still read', (name, make) => {
    expectRealRoleRead(screenText(`${make()}\n\n${REAL_ROLE}`).screening, name !== TOOL_FLOOD);
  });
});

describe('engine on a document far longer than a resume', () => {
  // Catches: the engine returning no evidence (or dropping the first part's) above 50,000 words.
  const filler = (n: number) =>
    `\nData Engineer, Example Corp ${n}   Jan 2010 – Dec 2011\n- Wrote weekly notes for the team about plans for the next quarter and the one after.\n`;
  const last = '\nML Engineer, Last Corp   Jan 2012 – Dec 2012\n- Raised forecast accuracy by 17% for 300 stores.\n';
  const text = `Noor Haddad\nSenior ML Engineer\n\n${REAL_ROLE}${Array.from({ length: 3200 }, (_, n) => filler(n)).join('')}${last}`;
  const { screening } = screenText(text);

  it('is over 50,000 words', () => {
    expect(screening.words).toBeGreaterThan(50_000);
  });

  it('still yields the evidence its first part holds', () => {
    expectRealRoleRead(screening);
  });

  it('reads it to the end', () => {
    expect(screening.outcomes.map((o) => o.token)).toContain('17%');
  });
});
