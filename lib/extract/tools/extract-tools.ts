import type { SectionKind } from '../../model/candidate-document';
import type { ToolEvidence, ToolUsage } from '../../model/evidence';
import { countWords, type IndexedBlock, type IndexedDocument } from '../../text/indexed-document';
import type { Sentence } from '../../text/sentences';
import { evidenceId } from '../../text/evidence-id';
import { findToolMentions, type ToolMention } from './find-tool-mentions';
import { listShape, readsAsList } from './list-shape';
import { resolveMentions, type AcceptReason, type AcceptedMention, type SentenceContext } from './resolve-mentions';
import { scanAtoms } from './scan-atoms';
import { toolIndex, type ToolIndex } from './tool-index';

/** Natural languages live there ("English, French"): nothing in it is a software tool. */
const SKIPPED_SECTIONS = new Set<SectionKind>(['languages']);
/** Sections whose every line is a list of claims, never an account of use. */
const LIST_SECTIONS = new Set<SectionKind>(['skills', 'certifications']);
/** A stack line inside a role or a project ("Tech: Python, Docker") still says the role used it. */
const WORK_SECTIONS = new Set<SectionKind>(['experience', 'projects']);
/**
 * No resume names tools thousands of times: past this, the text is not a resume (a pasted log, an
 * attack) and reading on would only spend memory.
 */
const MAX_EVIDENCE_PER_DOCUMENT = 5000;
/** Longer "sentences" (a paragraph without stops, a pasted blob) are read in pieces cut at a space. */
const MAX_PIECE_CHARS = 2000;
/** A title or a skill hint names a few tools; more means it is not one. */
const MAX_SIDE_TEXT_MENTIONS = 50;
/** compromise is asked about a handful of ambiguous words per document at most. */
const POS_CHECKS_PER_DOCUMENT = 6;

/** Built once rather than per piece of evidence. */
const RULE_IDS: Record<AcceptReason, string> = {
  catalogue: 'tool.catalogue',
  versioned: 'tool.versioned',
  'list-item': 'tool.list-item',
  neighbour: 'tool.neighbour',
  'cue-noun': 'tool.cue-noun',
  'cue-word': 'tool.cue-word',
  'lower-case-noun': 'tool.lower-case-noun',
};

/** Pieces of a sentence too long to be one, cut at spaces. */
function piecesOf(sentence: Sentence): Sentence[] {
  const pieces: Sentence[] = [];
  let from = 0;
  while (from < sentence.text.length) {
    let to = Math.min(from + MAX_PIECE_CHARS, sentence.text.length);
    // Look back for a space only within the piece, so text without spaces stays linear.
    for (let j = to; to < sentence.text.length && j > from + MAX_PIECE_CHARS / 2; j--) {
      if (sentence.text[j] === ' ') {
        to = j;
        break;
      }
    }
    pieces.push({ text: sentence.text.slice(from, to), start: sentence.start + from, end: sentence.start + to });
    from = to;
  }
  return pieces;
}

function usageOf(section: SectionKind, inList: boolean): ToolUsage {
  if (LIST_SECTIONS.has(section)) return 'listed';
  if (WORK_SECTIONS.has(section)) return 'used';
  return inList ? 'listed' : 'used';
}

function strengthOf(section: SectionKind, usage: ToolUsage, reason: AcceptedMention['reason']): number {
  const base = usage === 'listed' ? 0.4 : WORK_SECTIONS.has(section) ? 1 : 0.7;
  return reason === 'catalogue' || reason === 'versioned' || reason === 'list-item' ? base : base * 0.8;
}

function evidenceFor(block: IndexedBlock, sentence: Sentence, found: AcceptedMention, inList: boolean): ToolEvidence {
  const { mention, reason } = found;
  const usage = usageOf(block.section, inList);
  const strength = strengthOf(block.section, usage, reason);
  const ruleId = RULE_IDS[reason];
  const start = sentence.start + mention.start;
  const id = evidenceId(ruleId, block.block.id, start);
  const quote = sentence.text;
  const match = sentence.text.slice(mention.start, mention.end);
  const location = { section: block.section, blockId: block.block.id, start, end: sentence.start + mention.end };
  const tool = { name: mention.entry.name, category: mention.entry.category, usage };
  // What sentenceEvidence builds, written out with the tool's keys: spreading it into a second object
  // cost a throwaway copy and a property store per piece of evidence, and every one survives the run.
  return block.role
    ? { id, ruleId, quote, match, location, role: block.role, strength, setting: undefined, claimant: undefined, kind: 'tool', tool }
    : { id, ruleId, quote, match, location, strength, setting: undefined, claimant: undefined, kind: 'tool', tool };
}

/**
 * Text a block carries beside its body: the role or project title ("Python Developer") and the skills
 * a page ties to the entry (LinkedIn's "React.js, CSS and +3 skills"). Each is read on its own, and
 * its evidence quotes it with an empty range at the start of the block, since it is not in the body.
 */
function sideTextEvidence(
  block: IndexedBlock,
  text: string,
  source: 'title' | 'skill-hint',
  index: ToolIndex,
  budget: SentenceContext['budget'],
): ToolEvidence[] {
  const atoms = scanAtoms(text);
  const mentions = findToolMentions(text, atoms, index, MAX_SIDE_TEXT_MENTIONS);
  if (mentions.length === 0) return [];
  const asList = source === 'skill-hint';
  const ctx: SentenceContext = {
    text,
    atoms,
    list: { isList: asList, items: asList ? [{ start: 0, end: text.length, words: countWords(text) }] : [] },
    budget,
  };
  const usage = usageOf(block.section, asList);
  const ruleId = `tool.${source}`;
  const evidence: ToolEvidence[] = [];
  const named = new Set<string>();
  for (const found of resolveMentions(ctx, mentions)) {
    if (named.has(found.mention.entry.name)) continue;
    named.add(found.mention.entry.name);
    evidence.push({
      id: `${evidenceId(ruleId, block.block.id, 0)}:${text.length}:${found.mention.start}`,
      kind: 'tool',
      ruleId,
      quote: text,
      match: text.slice(found.mention.start, found.mention.end),
      location: { section: block.section, blockId: block.block.id, start: 0, end: 0 },
      ...(block.role ? { role: block.role } : {}),
      strength: strengthOf(block.section, usage, found.reason) * 0.8,
      tool: { name: found.mention.entry.name, category: found.mention.entry.category, usage },
    });
  }
  return evidence;
}

function outsideBodyEvidence(block: IndexedBlock, index: ToolIndex, budget: SentenceContext['budget']): ToolEvidence[] {
  const evidence: ToolEvidence[] = [];
  const { title, text, skills } = block.block;
  if (title && WORK_SECTIONS.has(block.section) && !text.includes(title)) {
    evidence.push(...sideTextEvidence(block, title, 'title', index, budget));
  }
  for (const skill of skills ?? []) evidence.push(...sideTextEvidence(block, skill, 'skill-hint', index, budget));
  return evidence;
}

/** A common word ("Go", "Spark") is a tool only in context; other spellings are decided on their own. */
function needsContext(mention: ToolMention): boolean {
  return mention.level === 'ambiguous' || mention.level === 'context-only';
}

function addSentenceEvidence(evidence: ToolEvidence[], block: IndexedBlock, sentence: Sentence, index: ToolIndex, budget: SentenceContext['budget']): void {
  const atoms = scanAtoms(sentence.text);
  const mentions = findToolMentions(sentence.text, atoms, index, MAX_EVIDENCE_PER_DOCUMENT - evidence.length);
  if (mentions.length === 0) return;
  // Only common words are judged by the list around them: a sentence naming none is not split into items.
  const shape = mentions.some(needsContext) ? listShape(sentence.text) : undefined;
  const inList = shape ? shape.isList : readsAsList(sentence.text);
  const ctx: SentenceContext = {
    text: sentence.text,
    atoms,
    // The shape itself, unless a skills section makes every line a list whatever its shape.
    list: shape && (shape.isList || !LIST_SECTIONS.has(block.section) ? shape : { isList: true, items: shape.items }),
    budget,
  };
  for (const found of resolveMentions(ctx, mentions)) evidence.push(evidenceFor(block, sentence, found, inList));
}

/**
 * Every tool the document names, one piece of evidence per occurrence, with the sentence, the exact
 * words, their offsets in the block, the role, and whether the tool was used or only listed.
 * A token scan plus Map look-ups of n-grams: linear in the text, no regex per catalogue entry.
 */
export function extractTools(doc: IndexedDocument): ToolEvidence[] {
  const index = toolIndex();
  const budget = { posChecks: POS_CHECKS_PER_DOCUMENT };
  const evidence: ToolEvidence[] = [];
  for (const block of doc.blocks) {
    if (SKIPPED_SECTIONS.has(block.section)) continue;
    for (const sentence of block.sentences) {
      // Almost every sentence is read whole: only an overlong one pays for an array of pieces.
      if (sentence.text.length <= MAX_PIECE_CHARS) {
        if (evidence.length >= MAX_EVIDENCE_PER_DOCUMENT) return evidence;
        addSentenceEvidence(evidence, block, sentence, index, budget);
        continue;
      }
      for (const piece of piecesOf(sentence)) {
        if (evidence.length >= MAX_EVIDENCE_PER_DOCUMENT) return evidence;
        addSentenceEvidence(evidence, block, piece, index, budget);
      }
    }
    evidence.push(...outsideBodyEvidence(block, index, budget));
  }
  return evidence;
}
