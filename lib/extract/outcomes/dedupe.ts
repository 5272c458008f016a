import type { Word } from './sentence-words';

/**
 * The same claim printed twice in one document (summary, metrics block, work entry) is kept once:
 * same token and near-identical sentence. Each token keeps a bounded list of sentences seen, so
 * the check stays linear in the number of claims.
 */
export class ClaimDeduper {
  private readonly seen = new Map<string, ReadonlySet<string>[]>();

  constructor(
    private readonly similarity = 0.8,
    private readonly perToken = 16,
  ) {}

  /** True the first time a claim is offered; false for a repeat. */
  admit(token: string, sentenceWords: ReadonlySet<string>): boolean {
    const key = token.toLowerCase().replace(/\s+/g, '');
    const previous = this.seen.get(key);
    if (!previous) {
      this.seen.set(key, [sentenceWords]);
      return true;
    }
    for (const other of previous) if (jaccard(sentenceWords, other) >= this.similarity) return false;
    if (previous.length < this.perToken) previous.push(sentenceWords);
    return true;
  }
}

/** Enough of a sentence's words to recognise it again; bounded so long sentences cost no more. */
const MAX_WORDS = 64;

export function sentenceWordSet(words: readonly Word[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (let k = 0; k < words.length && k < MAX_WORDS; k++) out.add(words[k].lower);
  return out;
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}
