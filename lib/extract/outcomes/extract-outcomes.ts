import type { OutcomeEvidence } from '../../model/evidence';
import type { IndexedBlock, IndexedDocument } from '../../text/indexed-document';
import type { Sentence } from '../../text/sentences';
import { sentenceEvidence } from '../sentence-evidence';
import { acceptRule, type AcceptRule } from './accept';
import { attributionOf, type Attribution } from './attribution';
import { around, candidatesOf, countedPhrase, type Candidate } from './candidate';
import { classifyKind } from './classify-kind';
import { ClaimDeduper, describingWords, sentenceWordSet, singular, type ClaimWords } from './dedupe';
import { exclusionOf } from './exclusions';
import { plausibilityWarning } from './plausibility';

/** Quotes longer than this are cut to the words around the claim, so a panel can show them. */
const MAX_QUOTE = 400;
const QUOTE_SIDE = 160;

const STRENGTH: Record<AcceptRule, number> = {
  'outcome.money': 0.9,
  'outcome.percent': 0.8,
  'outcome.multiplier': 0.8,
  'outcome.rate': 0.9,
  'outcome.data-size': 0.8,
  'outcome.duration': 0.8,
  'outcome.magnitude': 0.7,
  'outcome.metric': 0.8,
  'outcome.count': 0.6,
};

function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) return true;
  }
  return false;
}

function quoteAround(sentence: Sentence, start: number, end: number): string {
  if (sentence.text.length <= MAX_QUOTE) return sentence.text;
  let from = Math.max(0, start - QUOTE_SIDE);
  let to = Math.min(sentence.text.length, end + QUOTE_SIDE);
  while (from > 0 && from < start && sentence.text[from - 1] !== ' ') from++;
  while (to < sentence.text.length && to > end && sentence.text[to] !== ' ') to--;
  return sentence.text.slice(from, to).trim();
}

/** What is printed as the claim: "600" of "a 600-question set", where the noun is not a unit. */
function claimSpan(c: Candidate): { start: number; end: number; text: string } {
  const t = c.token;
  if (t.shape !== 'compound') return t;
  const end = t.digitsStart + t.digits.length + (t.plus ? 1 : 0);
  return { start: t.start, end, text: c.ctx.text.slice(t.start, end) };
}

function toEvidence(
  ib: IndexedBlock,
  sentence: Sentence,
  c: Candidate,
  rule: AcceptRule,
  attribution: Attribution,
): OutcomeEvidence {
  const kind = classifyKind(c, rule);
  const warning = plausibilityWarning(c, rule, kind);
  const span = claimSpan(c);
  const strength = warning ? STRENGTH[rule] / 2 : STRENGTH[rule];
  return {
    ...sentenceEvidence(ib, sentence, rule, { start: span.start, end: span.end, strength }),
    kind: 'outcome',
    quote: quoteAround(sentence, span.start, span.end),
    outcome: {
      token: span.text,
      kind,
      ...(c.baseline !== undefined ? { baseline: c.baseline } : {}),
      ...(c.target !== undefined ? { target: c.target } : {}),
      attribution,
      ...(warning ? { warning } : {}),
    },
  };
}

function describeClaim(c: Candidate): ClaimWords {
  // The counted noun is the last plural of the phrase ("500+ real-world deliveries possible").
  const phrase = countedPhrase(c);
  const head = phrase.findLast((w) => w.lower.endsWith('s')) ?? phrase[phrase.length - 1];
  return { near: describingWords(around(c, 6, 6)), head: head && singular(head.lower) };
}

function sentenceOutcomes(ib: IndexedBlock, sentence: Sentence, dedupe: ClaimDeduper, out: OutcomeEvidence[]): void {
  let attribution: Attribution | undefined;
  let words: ReadonlySet<string> | undefined;
  // A token kept once in this sentence would be a repeat of itself: skip it before any rule runs.
  const kept = new Set<string>();
  for (const c of candidatesOf(sentence.text, ib.section)) {
    if (kept.has(c.token.text)) continue;
    // Asking what the number measures first is cheaper: most numbers that are not claims stop there.
    const rule = acceptRule(c);
    if (!rule || exclusionOf(c)) continue;
    words ??= sentenceWordSet(c.ctx.words);
    if (!dedupe.admit(c.token.text, words, () => describeClaim(c))) continue;
    kept.add(c.token.text);
    attribution ??= attributionOf(c.ctx, ib.section);
    out.push(toEvidence(ib, sentence, c, rule, attribution));
  }
}

/**
 * Claimed results that carry a number: money, percentages, multipliers, durations, rates, data
 * sizes, metrics and counts of things built or run, each typed, with its baseline when stated,
 * who it is credited to and a warning when it looks implausible. Dates, tenure, grades, versions,
 * names and headcounts are left out. Linear in the text length; never throws on odd input.
 */
export function extractOutcomes(doc: IndexedDocument): OutcomeEvidence[] {
  const out: OutcomeEvidence[] = [];
  const dedupe = new ClaimDeduper();
  // A sentence printed again in the same kind of section can only repeat claims already kept.
  const done = new Set<string>();
  for (const ib of doc.blocks) {
    for (const sentence of ib.sentences) {
      if (!hasDigit(sentence.text)) continue;
      const key = `${ib.section}\u0000${sentence.text}`;
      if (done.has(key)) continue;
      done.add(key);
      try {
        sentenceOutcomes(ib, sentence, dedupe, out);
      } catch {
        // One unreadable sentence must not cost the rest of the screening its outcomes.
      }
    }
  }
  return out;
}
