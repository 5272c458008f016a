import type { EvidenceLocation, OutcomeEvidence, OutcomeKind } from '../../model/evidence';
import type { IndexedBlock, IndexedDocument } from '../../text/indexed-document';
import type { Sentence } from '../../text/sentences';
import { sentenceEvidence } from '../sentence-evidence';
import { acceptRule, type AcceptRule } from './accept';
import { attributionOf, type Attribution } from './attribution';
import { candidatesOf, countedPhrase, wordAfter, wordBefore, type Candidate } from './candidate';
import { classifyKind } from './classify-kind';
import { ClaimDeduper, isDescribingWord, sentenceWordSet, singular, type ClaimWords } from './dedupe';
import { exclusionOf } from './exclusions';
import { plausibilityWarning } from './plausibility';
import type { Word } from './sentence-words';

/** Quotes longer than this are cut to the words around the claim, so a panel can show them. */
const MAX_QUOTE = 400;
/** Claims one sentence may make with the same number ("cut cost by 30% and latency by 30%"). */
const CLAIMS_PER_TOKEN = 3;
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

// A compiled pattern scans a sentence about three times faster than a loop over its character codes
// (every sentence of a 128 kB resume: 0.15 ms against 0.42); no g flag, so it keeps no state between calls.
const DIGIT = /[0-9]/;

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

function toEvidence(ib: IndexedBlock, sentence: Sentence, c: Candidate, rule: AcceptRule, kind: OutcomeKind, attribution: Attribution): OutcomeEvidence {
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

/**
 * A quantity that an exclusion rule ruled out as a claim ("2019" a year, "85%" a skill level), kept with
 * the rule's id so that a reader can be told why a number is not among the outcomes.
 */
export interface RuledOutNumber {
  /** `outcome.not.<exclusion id>`. */
  ruleId: string;
  token: string;
  quote: string;
  location: EvidenceLocation;
}

function ruledOutNumber(ib: IndexedBlock, sentence: Sentence, c: Candidate, exclusion: string): RuledOutNumber {
  const span = claimSpan(c);
  return {
    ruleId: `outcome.not.${exclusion}`,
    token: span.text,
    quote: quoteAround(sentence, span.start, span.end),
    location: { section: ib.section, blockId: ib.block.id, start: sentence.start + span.start, end: sentence.start + span.end },
  };
}

/** Words within this distance of the number, on each side, describe it. */
const DESCRIBING_SIDE = 6;

function addDescribingWords(near: string[], c: Candidate, wordAt: (c: Candidate, k: number) => Word | undefined): void {
  for (let k = 0; k < DESCRIBING_SIDE; k++) {
    const w = wordAt(c, k);
    if (!w) return;
    if (isDescribingWord(w)) near.push(singular(w.lower));
  }
}

function describeClaim(c: Candidate): ClaimWords {
  // The counted noun is the last plural of the phrase ("500+ real-world deliveries possible").
  const phrase = countedPhrase(c);
  let head = phrase[phrase.length - 1];
  for (let k = phrase.length - 1; k >= 0; k--) {
    if (phrase[k].lower.endsWith('s')) {
      head = phrase[k];
      break;
    }
  }
  // Read by distance, nearest first, before then after: the same words as around(c, 6, 6) without its lists.
  const near: string[] = [];
  addDescribingWords(near, c, wordBefore);
  addDescribingWords(near, c, wordAfter);
  return { near, head: head && singular(head.lower) };
}

function sentenceOutcomes(ib: IndexedBlock, sentence: Sentence, dedupe: ClaimDeduper, out: OutcomeEvidence[], ruledOut?: RuledOutNumber[]): void {
  let attribution: Attribution | undefined;
  let words: ReadonlySet<string> | undefined;
  const candidates = candidatesOf(sentence.text, ib.section);
  // The kinds each token was kept with in this sentence: "cut cost by 30% and latency by 30%" holds two
  // claims, while the same token of the same kind again is the same claim. Only a sentence with several
  // numbers can repeat one, so most sentences need no map.
  const kept = candidates.length > 1 ? new Map<string, OutcomeKind[]>() : undefined;
  // A sentence states a few claims with one number at most: past that, the token repeats itself.
  const seen = candidates.length > CLAIMS_PER_TOKEN ? new Map<string, number>() : undefined;
  for (const c of candidates) {
    if (seen) {
      const times = (seen.get(c.token.text) ?? 0) + 1;
      seen.set(c.token.text, times);
      if (times > CLAIMS_PER_TOKEN) continue;
    }
    // Asking what the number measures first is cheaper: most numbers that are not claims stop there.
    const rule = acceptRule(c);
    if (!rule) continue;
    // A token kept before in this sentence is a new claim only with a new kind: asked before the exclusions,
    // so that a repeated token costs little.
    const keptKinds = kept?.get(c.token.text);
    const repeatKind = keptKinds && classifyKind(c, rule);
    if (repeatKind && keptKinds.includes(repeatKind)) continue;
    const excluded = exclusionOf(c);
    if (excluded) {
      ruledOut?.push(ruledOutNumber(ib, sentence, c, excluded));
      continue;
    }
    if (!keptKinds) {
      words ??= sentenceWordSet(c.ctx.words);
      if (!dedupe.admit(c.token.text, words, () => describeClaim(c))) continue;
    }
    const kind = repeatKind ?? classifyKind(c, rule);
    if (keptKinds) keptKinds.push(kind);
    else kept?.set(c.token.text, [kind]);
    attribution ??= attributionOf(c.ctx, ib.section);
    out.push(toEvidence(ib, sentence, c, rule, kind, attribution));
  }
}

/**
 * Claimed results that carry a number: money, percentages, multipliers, durations, rates, data
 * sizes, metrics and counts of things built or run, each typed, with its baseline when stated,
 * who it is credited to and a warning when it looks implausible. Dates, tenure, grades, versions,
 * names and headcounts are left out. Linear in the text length; never throws on odd input.
 */
export function extractOutcomes(doc: IndexedDocument, ruledOut?: RuledOutNumber[]): OutcomeEvidence[] {
  const out: OutcomeEvidence[] = [];
  const dedupe = new ClaimDeduper();
  // A sentence printed again in the same kind of section can only repeat claims already kept. Keyed by
  // section, then by the sentence's own string, which is never copied into a longer key.
  const done = new Map<string, Set<string>>();
  for (const ib of doc.blocks) {
    let inSection = done.get(ib.section);
    if (!inSection) {
      inSection = new Set();
      done.set(ib.section, inSection);
    }
    for (const sentence of ib.sentences) {
      if (!DIGIT.test(sentence.text)) continue;
      if (inSection.has(sentence.text)) continue;
      inSection.add(sentence.text);
      try {
        sentenceOutcomes(ib, sentence, dedupe, out, ruledOut);
      } catch {
        // One unreadable sentence must not cost the rest of the screening its outcomes.
      }
    }
  }
  return out;
}
