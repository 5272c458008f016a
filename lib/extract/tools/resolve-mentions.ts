import { bareYear } from '../../knowledge/dates/date-point';
import { isNounAt } from '../../nlp/is-noun-at';
import type { ToolMention } from './find-tool-mentions';
import { itemAt, type ListShape } from './list-shape';
import type { Atom } from './scan-atoms';
import { CUE_NOUNS, CUE_WORDS, NAME_LIKE, NEGATING_PAIRS, NEGATORS } from './context-words';

/** Why a mention counts; becomes part of the evidence's rule id. */
export type AcceptReason = 'catalogue' | 'versioned' | 'list-item' | 'neighbour' | 'cue-noun' | 'cue-word' | 'lower-case-noun';

export interface AcceptedMention {
  mention: ToolMention;
  reason: AcceptReason;
}

export interface SentenceContext {
  text: string;
  atoms: readonly Atom[];
  /** Inside a skills section, or a sentence shaped like a skills list. */
  list?: ListShape;
  /** Shared across a document: compromise is asked at most this many more times. */
  budget: { posChecks: number };
}

const NEIGHBOUR_ATOMS = 6;
const NEGATION_ATOMS = 10;
// The last words of the negating pairs: a pair is built and looked up only after one of them.
const NEGATING_PAIR_ENDS = new Set([...NEGATING_PAIRS].map((pair) => pair.slice(pair.lastIndexOf(' ') + 1)));
const MAX_POS_SENTENCE = 300;

function isYear(key: string | undefined): boolean {
  return key !== undefined && bareYear(key) !== undefined;
}

function isAllUpper(text: string): boolean {
  return text === text.toUpperCase() && text !== text.toLowerCase();
}

/**
 * A common word is a tool only when written as the product writes it ("Spark", "GO"), or in lower
 * case inside a list ("go, rust"); any other casing is another word ("ReAct" is not React).
 */
function caseFits(mention: ToolMention, matched: string, inList: boolean): boolean {
  if (matched === mention.spelling || isAllUpper(matched)) return true;
  return inList && matched === matched.toLowerCase();
}

function startsUpper(word: string): boolean {
  return word.length > 0 && word[0] !== word[0].toLowerCase();
}

// Module constants, not literals in the function: a regular-expression literal is a new object each time it is evaluated.
const WHITESPACE_RUN = /\s+/;

/** "API Gateway" keeps its capitals word by word; "an API gateway" is a description, not the product. */
function capitalsFit(spelling: string, matched: string): boolean {
  const expected = spelling.split(' ');
  const written = matched.split(WHITESPACE_RUN);
  if (expected.length !== written.length) return matched !== matched.toLowerCase();
  return expected.every((word, i) => !startsUpper(word) || startsUpper(written[i]));
}

/** "Go-to", "multi-modal", "Spark-based": a word glued by a hyphen is part of another word. */
function hyphenGlued(ctx: SentenceContext, mention: ToolMention): boolean {
  const first = ctx.atoms[mention.firstAtom];
  const next = ctx.atoms[mention.lastAtom + 1];
  if (first.gap === 'joiner' && ctx.text[first.start - 1] === '-') return true;
  return next !== undefined && next.gap === 'joiner' && ctx.text[mention.end] === '-';
}

function isCapitalised(ctx: SentenceContext, atom: Atom | undefined): boolean {
  if (!atom) return false;
  const first = ctx.text[atom.start];
  return first !== first.toLowerCase();
}

/** Which atoms accepted tools cover, so that neighbour checks cost a few steps, not a pass over the sentence. */
interface Accepted {
  list: AcceptedMention[];
  covered: Uint8Array;
}

/**
 * Keeps the list in text order as it grows: a mention decided on a second look usually lands among a
 * few earlier ones, and Array.prototype.sort allocates its merge state even for two items.
 */
function accept(accepted: Accepted, mention: ToolMention, reason: AcceptReason): void {
  const { list } = accepted;
  const item = { mention, reason };
  let at = list.length;
  list.push(item);
  for (; at > 0 && list[at - 1].mention.start > mention.start; at--) list[at] = list[at - 1];
  list[at] = item;
  accepted.covered.fill(1, mention.firstAtom, mention.lastAtom + 1);
}

/** "Ray Dalio", "Julia Roberts": the spelling is followed by another capitalised word that is no tool. */
function looksLikePersonName(ctx: SentenceContext, mention: ToolMention, accepted: Accepted): boolean {
  const next = ctx.atoms[mention.lastAtom + 1];
  if (!next || next.gap !== 'space' || !isCapitalised(ctx, next)) return false;
  return accepted.covered[mention.lastAtom + 1] !== 1;
}

function hasNeighbour(mention: ToolMention, accepted: Accepted, within: number): boolean {
  const from = Math.max(0, mention.firstAtom - within);
  const to = Math.min(accepted.covered.length - 1, mention.lastAtom + within);
  for (let i = from; i <= to; i++) {
    if ((i < mention.firstAtom || i > mention.lastAtom) && accepted.covered[i] === 1) return true;
  }
  return false;
}

function previousAtomKey(ctx: SentenceContext, mention: ToolMention): string | undefined {
  const first = ctx.atoms[mention.firstAtom];
  if (first.gap === 'break' || mention.firstAtom === 0) return undefined;
  return ctx.atoms[mention.firstAtom - 1].key;
}

function nextAtomKey(ctx: SentenceContext, mention: ToolMention): string | undefined {
  const next = ctx.atoms[mention.lastAtom + 1];
  return next && next.gap !== 'break' ? next.key : undefined;
}

function isNegated(ctx: SentenceContext, mention: ToolMention): boolean {
  for (let i = mention.firstAtom, steps = 0; i > 0 && steps < NEGATION_ATOMS; i--, steps++) {
    if (ctx.atoms[i].gap === 'break') return false;
    const key = ctx.atoms[i - 1].key;
    if (NEGATORS.has(key)) return true;
    if (i > 1 && NEGATING_PAIR_ENDS.has(key) && NEGATING_PAIRS.has(`${ctx.atoms[i - 2].key} ${key}`)) return true;
  }
  return false;
}

/** What is left of a list item without a leading "and" / "or". */
function itemWords(ctx: SentenceContext, start: number, end: number): string[] {
  const words = ctx.text.slice(start, end).trim().split(WHITESPACE_RUN);
  return words[0] === 'and' || words[0] === 'or' || words[0] === '&' ? words.slice(1) : words;
}

/**
 * In a skills list, an item that is just the tool ("Go", "and Rust", "Excel advanced") names it. A
 * single letter must stand alone or beside a tool ("R", "C/C++", never the initial in "Strobl C").
 */
function isShortListItem(ctx: SentenceContext, mention: ToolMention, accepted: Accepted): boolean {
  if (!ctx.list?.isList) return false;
  const item = itemAt(ctx.list, mention.start);
  if (!item || item.words > 3) return false;
  if (mention.spelling.length > 1) return true;
  const words = itemWords(ctx, item.start, item.end);
  return (words.length === 1 && words[0] === ctx.text.slice(mention.start, mention.end)) || hasNeighbour(mention, accepted, 2);
}

/**
 * A common word written in lower case in prose ("built etl in spark and airflow") is a tool only with
 * context and when compromise reads it as a noun ("go to production", "a swift response" are not).
 * Capital letters would make compromise call every word a name, so the window is lower-cased.
 */
function lowerCaseNounInContext(ctx: SentenceContext, mention: ToolMention, accepted: Accepted): boolean {
  if (mention.spelling.length < 2) return false;
  const before = previousAtomKey(ctx, mention);
  const cued = hasNeighbour(mention, accepted, NEIGHBOUR_ATOMS) || (before !== undefined && CUE_WORDS.has(before));
  if (!cued || ctx.text.length > MAX_POS_SENTENCE || ctx.budget.posChecks <= 0) return false;
  ctx.budget.posChecks--;
  return isNounAt(ctx.text, mention.start);
}

function resolveAmbiguous(ctx: SentenceContext, mention: ToolMention, accepted: Accepted): AcceptReason | undefined {
  const matched = ctx.text.slice(mention.start, mention.end);
  if (hyphenGlued(ctx, mention) || isYear(nextAtomKey(ctx, mention))) return undefined;
  const inList = ctx.list?.isList === true;
  if (!caseFits(mention, matched, inList)) {
    const lowerCase = matched === matched.toLowerCase();
    return lowerCase && !inList && lowerCaseNounInContext(ctx, mention, accepted) ? 'lower-case-noun' : undefined;
  }
  if (isShortListItem(ctx, mention, accepted)) return 'list-item';
  const key = mention.spelling.toLowerCase();
  const nameLike = NAME_LIKE.has(key);
  if (nameLike && looksLikePersonName(ctx, mention, accepted)) return undefined;
  if (hasNeighbour(mention, accepted, NEIGHBOUR_ATOMS)) return 'neighbour';
  if (CUE_NOUNS.has(nextAtomKey(ctx, mention) ?? '')) return 'cue-noun';
  const before = previousAtomKey(ctx, mention);
  if (!nameLike && before !== undefined && CUE_WORDS.has(before)) return 'cue-word';
  return undefined;
}

function resolveContextOnly(ctx: SentenceContext, mention: ToolMention, accepted: Accepted): AcceptReason | undefined {
  const matched = ctx.text.slice(mention.start, mention.end);
  if (hyphenGlued(ctx, mention) || !caseFits(mention, matched, ctx.list?.isList === true)) return undefined;
  if (isShortListItem(ctx, mention, accepted) && accepted.list.length > 0) return 'list-item';
  return hasNeighbour(mention, accepted, NEIGHBOUR_ATOMS) ? 'neighbour' : undefined;
}

/** Which atoms the accepted mentions cover, built only for a sentence that has mentions left to decide. */
function coveredBy(list: readonly AcceptedMention[], atomCount: number): Uint8Array {
  const covered = new Uint8Array(atomCount);
  for (const { mention } of list) covered.fill(1, mention.firstAtom, mention.lastAtom + 1);
  return covered;
}

/**
 * Decides which mentions of one sentence are tools. Plain spellings always count; common words
 * count in a list or with context, and a word accepted on context can support the next one
 * ("in Go, Rust and C"), so the undecided ones get a second look.
 */
export function resolveMentions(ctx: SentenceContext, mentions: readonly ToolMention[]): AcceptedMention[] {
  const list: AcceptedMention[] = [];
  // Mentions arrive left to right, so the list is in text order. Most sentences name only plain
  // tools: they need no array of undecided mentions and no map of covered atoms.
  let pending: ToolMention[] | undefined;
  for (const mention of mentions) {
    if (isNegated(ctx, mention)) continue;
    if (mention.level === 'plain') list.push({ mention, reason: mention.versioned ? 'versioned' : 'catalogue' });
    else if (mention.level === 'cased') {
      if (capitalsFit(mention.spelling, ctx.text.slice(mention.start, mention.end))) list.push({ mention, reason: 'catalogue' });
    } else if (mention.level === 'ambiguous' || mention.level === 'context-only') (pending ??= []).push(mention);
  }
  if (!pending) return list;
  const accepted: Accepted = { list, covered: coveredBy(list, ctx.atoms.length) };
  for (let pass = 0; pass < 2 && pending.length > 0; pass++) {
    const still: ToolMention[] = [];
    for (const mention of pending) {
      const reason = mention.level === 'ambiguous' ? resolveAmbiguous(ctx, mention, accepted) : resolveContextOnly(ctx, mention, accepted);
      if (reason) accept(accepted, mention, reason);
      else still.push(mention);
    }
    if (still.length === pending.length) break;
    pending = still;
  }
  return list;
}
