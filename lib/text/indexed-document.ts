import type { Block, CandidateDocument, SectionKind } from '../model/candidate-document';
import type { RoleContext } from '../model/evidence';
import { splitSentences, type Sentence } from './sentences';

export interface IndexedBlock {
  section: SectionKind;
  heading: string;
  block: Block;
  sentences: Sentence[];
  /** Words of the block's text, counted once for the document total and for the screen. */
  words: number;
  /** Set for experience (and project) blocks that carry a title, org or dates. */
  role?: RoleContext;
}

export interface IndexedDocument {
  document: CandidateDocument;
  blocks: IndexedBlock[];
  words: number;
}

export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = code === 32 || code === 9 || code === 10 || code === 13 || code === 160;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

function roleOf(block: Block): RoleContext | undefined {
  if (!block.title && !block.org && !block.dates) return undefined;
  return { title: block.title, org: block.org, dates: block.dates?.raw };
}

/** Splits every block once so that each extractor works on the same sentences. */
export function indexDocument(document: CandidateDocument): IndexedDocument {
  const blocks: IndexedBlock[] = [];
  let words = 0;
  for (const section of document.sections) {
    for (const block of section.blocks) {
      const blockWords = countWords(block.text);
      words += blockWords;
      blocks.push({
        section: section.kind,
        heading: section.heading,
        block,
        sentences: splitSentences(block.text),
        words: blockWords,
        role: section.kind === 'experience' || section.kind === 'projects' ? roleOf(block) : undefined,
      });
    }
  }
  return { document, blocks, words };
}
