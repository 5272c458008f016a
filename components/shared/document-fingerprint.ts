import type { CandidateDocument } from '../../lib/model/candidate-document';

/**
 * A cheap summary of what a document says, to tell "the page still shows the previous profile" and
 * "the page loaded more of the same profile" apart from a real change. FNV-1a over the block texts.
 */
export function documentFingerprint(document: CandidateDocument): string {
  let hash = 0x811c9dc5;
  const feed = (text: string) => {
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
    hash ^= 0x1f;
  };
  feed(document.person.name ?? '');
  feed(document.person.headline ?? '');
  for (const section of document.sections) {
    feed(section.kind);
    for (const block of section.blocks) feed(block.text);
  }
  return (hash >>> 0).toString(36);
}
