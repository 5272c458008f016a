import { printsYear } from '../../knowledge/dates/date-point';
import type { SectionKind } from '../../model/candidate-document';
import type { MlWorkEvidence } from '../../model/evidence';
import { evidenceId } from '../../text/evidence-id';
import type { IndexedBlock, IndexedDocument } from '../../text/indexed-document';
import { sentenceWords } from '../../text/word-tokens';
import { sentenceEvidence } from '../sentence-evidence';
import { roleHeaderOf } from '../work-context/role-header';
import { findMlSystem, findMlTitle, findMlWork } from './ml-lexicon';

const STRENGTH = { title: 0.8, work: 1, system: 0.4 } as const;
// A role's header line ("Data Scientist, Acme  2019 – 2021") is short and carries a year.
const MAX_HEADER_LINE = 120;
// Sections whose untitled blocks can hold role header lines. In a summary only a dated header that heads
// a description counts: "Machine learning engineer since 2015" is not a role.
const ROLE_SECTIONS: ReadonlySet<SectionKind> = new Set(['experience', 'volunteering', 'other', 'summary']);

function titleEvidence(ib: IndexedBlock, quote: string, at: number, found: { start: number; end: number }): MlWorkEvidence {
  const start = Math.max(at, 0);
  return {
    id: evidenceId('ml-work.title', ib.block.id, start),
    kind: 'ml-work',
    ruleId: 'ml-work.title',
    quote,
    match: quote.slice(found.start, found.end),
    location: { section: ib.section, blockId: ib.block.id, start: at < 0 ? 0 : at + found.start, end: at < 0 ? 0 : at + found.end },
    ...(ib.role ? { role: ib.role } : {}),
    strength: STRENGTH.title,
    mlWork: { signal: 'title' },
  };
}

/** The ML title of a block: its structured title, or else the header line of a role. */
function mlTitleOf(ib: IndexedBlock): MlWorkEvidence | undefined {
  const { title, text } = ib.block;
  if (title) {
    const found = findMlTitle(title);
    return found ? titleEvidence(ib, title, text.indexOf(title), found) : undefined;
  }
  if (!ROLE_SECTIONS.has(ib.section)) return undefined;
  const header = roleHeaderOf(text) ?? datedLineOf(ib);
  const found = header ? findMlTitle(header) : undefined;
  return header && found ? titleEvidence(ib, header, text.indexOf(header), found) : undefined;
}

/** In an experience block, any short line with a year can head a role ("Data Scientist, Acme  2019 – 2021"). */
function datedLineOf(ib: IndexedBlock): string | undefined {
  if (ib.section === 'summary') return undefined;
  for (const line of ib.block.text.split('\n')) {
    if (line.length <= MAX_HEADER_LINE && printsYear(line) && findMlTitle(line)) return line;
  }
  return undefined;
}

/** Where a headline's evidence points: it belongs to no block of the document. */
export const HEADLINE_BLOCK_ID = 'person.headline';

/** "AI/ML Engineer" as a headline: a claim about oneself, shown apart from the roles. */
function mlHeadline(headline: string | undefined): MlWorkEvidence | undefined {
  const found = headline ? findMlTitle(headline) : undefined;
  if (!headline || !found) return undefined;
  return {
    id: evidenceId('ml-work.headline', HEADLINE_BLOCK_ID, found.start),
    kind: 'ml-work',
    ruleId: 'ml-work.headline',
    quote: headline,
    match: headline.slice(found.start, found.end),
    location: { section: 'summary', blockId: HEADLINE_BLOCK_ID, start: found.start, end: found.end },
    strength: STRENGTH.title,
    setting: 'unknown',
    claimant: 'self',
    mlWork: { signal: 'title' },
  };
}

/**
 * One piece of evidence per ML job title (and for an ML headline) and per sentence about ML: `work` when it says ML was built or
 * run, else `system` when it names an ML system. Where the block sits (a job, a project, a course) is
 * attached afterwards, with every other piece of evidence.
 */
export function extractMlWork(doc: IndexedDocument): MlWorkEvidence[] {
  const headline = mlHeadline(doc.document.person.headline);
  const out: MlWorkEvidence[] = headline ? [headline] : [];
  for (const ib of doc.blocks) {
    if (ib.section === 'skills' || ib.section === 'languages') continue;
    const title = mlTitleOf(ib);
    if (title) out.push(title);
    for (const sentence of ib.sentences) {
      const work = findMlWork(sentence.text);
      const found = work ?? findMlSystem(sentence.text, sentenceWords(sentence));
      if (!found) continue;
      const signal = work ? 'work' : 'system';
      out.push({ ...sentenceEvidence(ib, sentence, `ml-work.${signal}`, { ...found, strength: STRENGTH[signal] }), kind: 'ml-work', mlWork: { signal } });
    }
  }
  return out;
}
