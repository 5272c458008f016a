import type { ProductionEvidence } from '../../model/evidence';
import { sentenceEvidence } from '../sentence-evidence';
import { sentenceWords } from '../../text/word-tokens';
import type { IndexedDocument } from '../../text/indexed-document';
import type { Sentence } from '../../text/sentences';
import { classifyProductionSentence, type StatementLevel } from './classify-production-sentence';

const STRENGTH: Record<StatementLevel, number> = { mentioned: 0.3, specified: 0.7, quantified: 1 };

function endsOpen(text: string): boolean {
  const last = text[text.length - 1];
  return last !== '.' && last !== '!' && last !== '?';
}

function startsLowercase(text: string): boolean {
  const first = text[0];
  return first !== undefined && first !== first.toUpperCase() && first === first.toLowerCase();
}

/**
 * Joins lines that wrap one sentence (PDF text: "...implemented into production to be used by" /
 * "thousands of staff"), so what was run and its numbers are read together.
 */
function joinWrappedLines(text: string, sentences: Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    const prev = out[out.length - 1];
    if (prev && endsOpen(prev.text) && startsLowercase(s.text)) {
      out[out.length - 1] = { text: text.slice(prev.start, s.end), start: prev.start, end: s.end };
    } else {
      out.push(s);
    }
  }
  return out;
}

/** One piece of evidence per production aspect per sentence, at the level that sentence supports. */
export function extractProduction(doc: IndexedDocument): ProductionEvidence[] {
  const out: ProductionEvidence[] = [];
  for (const indexed of doc.blocks) {
    let followsProductionStatement = false;
    for (const sentence of joinWrappedLines(indexed.block.text, indexed.sentences)) {
      const findings = classifyProductionSentence(sentence.text, { section: indexed.section, followsProductionStatement }, sentenceWords(sentence));
      followsProductionStatement = findings.some((f) => f.level !== 'mentioned');
      for (const f of findings) {
        out.push({
          ...sentenceEvidence(indexed, sentence, `production.${f.aspect}`, { start: f.start, end: f.end, strength: STRENGTH[f.level] }),
          kind: 'production',
          production: { aspect: f.aspect, level: f.level },
        });
      }
    }
  }
  return out;
}
