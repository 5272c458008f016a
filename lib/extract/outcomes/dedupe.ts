import type { Word } from './sentence-words';

/** What the deduper remembers of one admitted claim. */
export interface ClaimWords {
  /** Content words within a few words of the number. */
  near: readonly string[];
  /** The noun a count counts ("500+ deliveries"), when there is one. */
  head?: string;
}

interface SeenClaim extends ClaimWords {
  sentence: ReadonlySet<string>;
}

/** Word overlap above which two sentences are the same sentence printed again. */
const SAME_SENTENCE_SIMILARITY = 0.8;
/** Claims remembered per token: enough for any resume, and a bound on the work per claim. */
const CLAIMS_KEPT_PER_TOKEN = 16;

/**
 * The same claim printed twice in one document (summary, metrics block, work entry) is kept once:
 * same token and a near-identical sentence, or the same token described by the same words
 * ("eliminated $337K in vendor cost" and "replaced $337K in annual vendor costs"). Each token
 * keeps a bounded list of claims seen, so the check stays linear in the number of claims.
 */
export class ClaimDeduper {
  private readonly seen = new Map<string, SeenClaim[]>();

  /**
   * True the first time a claim is offered; false for a repeat. The describing words are read
   * only when the sentence alone does not settle it.
   */
  admit(token: string, sentence: ReadonlySet<string>, describe: () => ClaimWords): boolean {
    const key = claimKey(token);
    const previous = this.seen.get(key);
    if (previous) for (const other of previous) if (isSameSentence(sentence, other.sentence)) return false;
    const { near, head } = describe();
    const claim: SeenClaim = { sentence, near, head };
    if (!previous) {
      this.seen.set(key, [claim]);
      return true;
    }
    for (const other of previous) if (sameDescription(claim, other)) return false;
    if (previous.length < CLAIMS_KEPT_PER_TOKEN) previous.push(claim);
    return true;
  }
}

/**
 * The token lower-cased without spaces ("10 ms" and "10ms" are one claim). Most tokens ("40%", "2M")
 * are already that: they are returned as they are, without a regular expression or a copy.
 */
function claimKey(token: string): string {
  for (let i = 0; i < token.length; i++) {
    const code = token.charCodeAt(i);
    if (code > 127 || (code >= 65 && code <= 90) || code === 32 || (code >= 9 && code <= 13)) return token.toLowerCase().replace(/\s+/g, '');
  }
  return token;
}

function sameDescription(a: ClaimWords, b: ClaimWords): boolean {
  if (a.head !== undefined && a.head === b.head) return true;
  let shared = 0;
  for (const w of a.near) if (b.near.includes(w)) shared++;
  return shared >= 2;
}

/** Enough of a sentence's words to recognise it again; bounded so long sentences cost no more. */
const MAX_WORDS = 64;

export function sentenceWordSet(words: readonly Word[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (let k = 0; k < words.length && k < MAX_WORDS; k++) out.add(words[k].lower);
  return out;
}

const FUNCTION_WORDS = new Set([
  'that',
  'with',
  'from',
  'into',
  'this',
  'these',
  'were',
  'have',
  'been',
  'over',
  'than',
  'more',
  'across',
  'while',
  'which',
  'their',
  'through',
  'using',
]);

export function singular(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/** A content word that describes a claim: longer than three letters, not a number, not a function word. */
export function isDescribingWord(w: Word): boolean {
  return !w.isNumber && w.lower.length >= 4 && !FUNCTION_WORDS.has(w.lower);
}

/**
 * Word overlap (Jaccard) of at least SAME_SENTENCE_SIMILARITY. Stops as soon as the words left cannot
 * reach it: with `missed` words of `a` not in `b`, the overlap is at most (|a| - missed) / (|b| + missed).
 * Most claims with a repeated token stand in different sentences, which a few words tell apart.
 */
export function isSameSentence(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 && b.size === 0) return true;
  if ((a.size <= b.size ? a.size / b.size : b.size / a.size) < SAME_SENTENCE_SIMILARITY) return false;
  let shared = 0;
  let missed = 0;
  for (const w of a) {
    if (b.has(w)) shared++;
    else if ((a.size - ++missed) / (b.size + missed) < SAME_SENTENCE_SIMILARITY) return false;
  }
  return shared / (a.size + b.size - shared) >= SAME_SENTENCE_SIMILARITY;
}
