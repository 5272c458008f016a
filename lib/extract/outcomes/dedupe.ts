/**
 * The same claim printed twice in one document (summary, metrics block, work entry) is kept once:
 * same token and near-identical sentence. Each token keeps a bounded list of sentences seen, so
 * the check stays linear in the number of claims.
 */
export class ClaimDeduper {
  private readonly seen = new Map<string, Set<string>[]>();

  constructor(
    private readonly similarity = 0.8,
    private readonly perToken = 16,
  ) {}

  /** True the first time a claim is offered; false for a repeat. */
  admit(token: string, sentence: string): boolean {
    const key = token.toLowerCase().replace(/\s+/g, '');
    const words = wordSet(sentence);
    const previous = this.seen.get(key);
    if (!previous) {
      this.seen.set(key, [words]);
      return true;
    }
    for (const other of previous) if (jaccard(words, other) >= this.similarity) return false;
    if (previous.length < this.perToken) previous.push(words);
    return true;
  }
}

const MAX_WORDS = 64;

function wordSet(sentence: string): Set<string> {
  const out = new Set<string>();
  const re = /[\p{L}\p{N}]+/gu;
  let m: RegExpExecArray | null;
  for (let n = 0; n < MAX_WORDS && (m = re.exec(sentence)) !== null; n++) out.add(m[0].toLowerCase());
  return out;
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}
