import { ProductionAspect, type ProductionEvidence } from '../../model/evidence';
import { sentenceEvidence } from '../sentence-evidence';
import { joinedLineWords, sentenceWords } from '../../text/word-tokens';
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
 * "thousands of staff"), so what was run and its numbers are read together. Returns the index of the
 * last sentence joined to sentences[i]; only a real join makes a new sentence.
 */
function lastWrappedLine(sentences: Sentence[], i: number): number {
  let j = i;
  while (j + 1 < sentences.length && endsOpen(sentences[j].text) && startsLowercase(sentences[j + 1].text)) j++;
  return j;
}

// One rule id per aspect, made once rather than a new string per piece of evidence.
const RULE_ID = Object.fromEntries(ProductionAspect.options.map((aspect) => [aspect, `production.${aspect}`])) as Record<ProductionAspect, string>;

/** One piece of evidence per production aspect per sentence, at the level that sentence supports. */
export function extractProduction(doc: IndexedDocument): ProductionEvidence[] {
  const out: ProductionEvidence[] = [];
  for (const indexed of doc.blocks) {
    let followsProductionStatement = false;
    const { sentences } = indexed;
    for (let i = 0; i < sentences.length; i++) {
      const last = lastWrappedLine(sentences, i);
      const joined = last !== i;
      const sentence = joined
        ? { text: indexed.block.text.slice(sentences[i].start, sentences[last].end), start: sentences[i].start, end: sentences[last].end }
        : sentences[i];
      const words = joined ? joinedLineWords(sentences, i, last) : sentenceWords(sentence);
      i = last;
      const findings = classifyProductionSentence(sentence.text, { section: indexed.section, followsProductionStatement }, words);
      followsProductionStatement = false;
      for (const f of findings) {
        if (f.level !== 'mentioned') followsProductionStatement = true;
        out.push({
          ...sentenceEvidence(indexed, sentence, RULE_ID[f.aspect], { start: f.start, end: f.end, strength: STRENGTH[f.level] }),
          kind: 'production',
          production: { aspect: f.aspect, level: f.level },
        });
      }
    }
  }
  return out;
}
