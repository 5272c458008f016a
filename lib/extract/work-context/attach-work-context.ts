import type { Claimant, Evidence, WorkSetting } from '../../model/evidence';
import type { IndexedBlock, IndexedDocument } from '../../text/indexed-document';
import { spanIndexAt } from '../../text/span-index-at';
import { sentenceWords, tokenizeWords, type WordToken } from '../../text/word-tokens';
import { claimantOf } from './claimant';
import { blockSetting, paragraphSettingOf, sentenceSetting, type ParagraphSetting } from './work-setting';

// Evidence that is not a sentence of prose: a role's dates, a repository file, a job title.
const NOT_PROSE = new Set<Evidence['kind']>(['tenure', 'artifact']);

/** The quote's words: those the extractors already read when the quote is the sentence at its offset. */
function quoteWords(ib: IndexedBlock, e: Evidence): WordToken[] {
  const sentence = ib.sentences[spanIndexAt(ib.sentences, e.location.start)];
  return sentence?.text === e.quote ? sentenceWords(sentence) : tokenizeWords(e.quote);
}

/**
 * Adds to each piece of evidence where its work was done (job, self-run project, coursework) and whose
 * work the sentence claims. Read once per block and once per distinct quote. The evidence is the
 * extractors' own fresh output and is completed in place: a long page yields tens of thousands of
 * pieces, and copying each one again costs more than every rule that reads them.
 */
export function attachWorkContext(doc: IndexedDocument, evidence: Evidence[]): Evidence[] {
  const blocks = new Map<string, IndexedBlock>(doc.blocks.map((ib) => [ib.block.id, ib]));
  const settingOfBlock = new Map<string, WorkSetting>();
  const paragraphsOfBlock = new Map<string, ParagraphSetting>();
  // Keyed by block, then by the quote itself: a quote can be a whole page of text, and the pieces of
  // evidence of one sentence share its string, so it is never copied into a longer key.
  const bySentence = new Map<string, Map<string, { setting: WorkSetting; claimant: Claimant }>>();
  // Each extractor emits its evidence block by block and sentence by sentence: the block and the quote
  // of the piece before are compared first, as the same strings, before any Map is asked.
  let lastBlockId: string | undefined;
  let ib: IndexedBlock | undefined;
  let setting: WorkSetting | undefined;
  let lastQuote: string | undefined;
  let lastContext: { setting: WorkSetting; claimant: Claimant } | undefined;
  for (const e of evidence) {
    if (e.location.blockId !== lastBlockId) {
      lastBlockId = e.location.blockId;
      lastQuote = undefined;
      ib = blocks.get(lastBlockId);
      if (!ib) continue;
      setting = settingOfBlock.get(ib.block.id);
      if (setting === undefined) {
        setting = blockSetting(ib, doc.document.source);
        settingOfBlock.set(ib.block.id, setting);
      }
    }
    if (!ib || setting === undefined) continue;
    const title = e.kind === 'ml-work' && e.mlWork.signal === 'title';
    if (NOT_PROSE.has(e.kind) || title) {
      e.setting = setting;
      e.claimant = 'self';
      continue;
    }
    if (e.quote !== lastQuote || !lastContext) {
      let inBlock = bySentence.get(ib.block.id);
      if (!inBlock) {
        inBlock = new Map();
        bySentence.set(ib.block.id, inBlock);
      }
      let found = inBlock.get(e.quote);
      if (!found) {
        let paragraphs = paragraphsOfBlock.get(ib.block.id);
        if (!paragraphs) {
          paragraphs = paragraphSettingOf(setting, ib);
          paragraphsOfBlock.set(ib.block.id, paragraphs);
        }
        found = { setting: sentenceSetting(paragraphs(e.location.start), e.quote), claimant: claimantOf(quoteWords(ib, e)) };
        inBlock.set(e.quote, found);
      }
      lastQuote = e.quote;
      lastContext = found;
    }
    const context = lastContext;
    e.setting = context.setting;
    e.claimant = context.claimant;
  }
  return evidence;
}
