import type { Claimant, Evidence, WorkSetting } from '../../model/evidence';
import type { IndexedBlock, IndexedDocument } from '../../text/indexed-document';
import { tokenizeWords } from '../../text/word-tokens';
import { claimantOf } from './claimant';
import { blockSetting, paragraphSettingOf, sentenceSetting, type ParagraphSetting } from './work-setting';

// Evidence that is not a sentence of prose: a role's dates, a repository file, a job title.
const NOT_PROSE = new Set<Evidence['kind']>(['tenure', 'artifact']);

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
  for (const e of evidence) {
    const ib = blocks.get(e.location.blockId);
    if (!ib) continue;
    let setting = settingOfBlock.get(ib.block.id);
    if (setting === undefined) {
      setting = blockSetting(ib, doc.document.source);
      settingOfBlock.set(ib.block.id, setting);
    }
    const title = e.kind === 'ml-work' && e.mlWork.signal === 'title';
    if (NOT_PROSE.has(e.kind) || title) {
      e.setting = setting;
      e.claimant = 'self';
      continue;
    }
    let inBlock = bySentence.get(ib.block.id);
    if (!inBlock) {
      inBlock = new Map();
      bySentence.set(ib.block.id, inBlock);
    }
    let context = inBlock.get(e.quote);
    if (!context) {
      let paragraphs = paragraphsOfBlock.get(ib.block.id);
      if (!paragraphs) {
        paragraphs = paragraphSettingOf(setting, ib);
        paragraphsOfBlock.set(ib.block.id, paragraphs);
      }
      context = { setting: sentenceSetting(paragraphs(e.location.start), e.quote), claimant: claimantOf(tokenizeWords(e.quote)) };
      inBlock.set(e.quote, context);
    }
    e.setting = context.setting;
    e.claimant = context.claimant;
  }
  return evidence;
}
