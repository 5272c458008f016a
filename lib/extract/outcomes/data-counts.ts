import { countedPhrase, wordBefore, type Candidate } from './candidate';
import { NOT_OUTCOME_COUNTS } from './lexicon';
import type { Word } from './sentence-words';

/** What a system is built on or evaluated with: "a 600-question evaluation set". */
const DATA_COLLECTIONS = new Set([
  'set',
  'sets',
  'dataset',
  'datasets',
  'corpus',
  'corpora',
  'benchmark',
  'benchmarks',
  'suite',
  'collection',
  'bank',
  'pool',
  'archive',
  'testset',
  'split',
  'index',
  'catalog',
  'catalogue',
  'library',
]);

/**
 * "a 600-question evaluation set", "a 12,000-image training corpus": the compound counts the
 * items of a data set. A "75-page report" or a "10-week course" stays a description.
 */
export function isDataCompound(c: Candidate): boolean {
  if (c.token.shape !== 'compound') return false;
  const phrase = countedPhrase(c);
  if (phrase.some((w) => NOT_OUTCOME_COUNTS.has(w.lower))) return false;
  return phrase.length > 0 && DATA_COLLECTIONS.has(phrase[phrase.length - 1].lower);
}

/** Counts of writing that are data when the system reads them: "indexed 85,000 articles". */
const DOCUMENT_COUNTS = new Set(['articles', 'article', 'papers', 'paper', 'posts', 'comments', 'books', 'chapters', 'publications', 'lectures', 'blogs']);
/** Verbs that make counted writing the input of a system rather than the candidate's own output. */
const DATA_VERBS = new Set([
  'indexed',
  'indexing',
  'embedded',
  'embedding',
  'scraped',
  'scraping',
  'crawled',
  'crawling',
  'ingested',
  'ingesting',
  'processed',
  'processing',
  'classified',
  'classifying',
  'labelled',
  'labeled',
  'labelling',
  'labeling',
  'annotated',
  'parsed',
  'parsing',
  'collected',
  'curated',
  'summarised',
  'summarized',
  'tagged',
  'deduplicated',
  'translated',
]);

/** The candidate's own writing, however much of it: "published 1,200 posts". */
const WRITING_VERBS = new Set([
  'published',
  'wrote',
  'written',
  'authored',
  'co-authored',
  'coauthored',
  'presented',
  'gave',
  'delivered',
  'taught',
  'posted',
  'blogged',
]);

/** Writing counted by the thousand, or handled by a pipeline, is a corpus rather than a bibliography. */
export function isCorpus(c: Candidate, head: Word): boolean {
  if (!DOCUMENT_COUNTS.has(head.lower)) return false;
  let dataVerb = false;
  for (let k = 0; k < 3; k++) {
    const w = wordBefore(c, k)?.lower ?? '';
    if (WRITING_VERBS.has(w)) return false;
    dataVerb ||= DATA_VERBS.has(w);
  }
  return dataVerb || c.token.value >= 1000;
}
