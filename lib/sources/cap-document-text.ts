import type { Block, CandidateDocument, Section } from '../model/candidate-document';

/**
 * Characters of text the engine screens in one document: about 75,000 words, ten times a long resume
 * and far more than a full LinkedIn profile. Past it a file is not a resume, and screening it all would
 * only cost memory (19 MB of text took 2.9 GB) and time.
 */
export const MAX_SCREENED_CHARS = 500_000;

/** How much text the source held when its reader already stopped early (a text file cut before reading, a PDF). */
export interface SourceText {
  chars: number;
  /** False when the reader stopped at `chars` and the source holds more than that. */
  exact: boolean;
}

export interface CapOptions {
  maxChars?: number;
  source?: SourceText;
}

const thousands = (n: number) => n.toLocaleString('en-US');

/** What a recruiter reads when only the first part of a document was screened. */
export function textCutNotice(maxChars: number, source: SourceText): string {
  const held = source.exact ? `of ${thousands(source.chars)} ` : '';
  const rest = source.exact ? 'the rest was not read' : 'the file holds more, which was not read';
  return `Only the first ${thousands(maxChars)} ${held}characters of text were screened; ${rest}.`;
}

/** The characters of every string the engine reads in a document, in reading order. */
function documentStrings(document: CandidateDocument): string[] {
  const { name, headline, location } = document.person;
  return [
    ...[name, headline, location].filter((s) => s !== undefined),
    ...document.sections.flatMap((section) => [section.heading, ...section.blocks.flatMap(blockStrings)]),
  ];
}

function blockStrings(block: Block): string[] {
  return [block.title, block.org, block.employmentType, block.location, block.dates?.raw, block.url, ...(block.skills ?? []), block.text].filter(
    (s) => s !== undefined,
  );
}

export function documentChars(document: CandidateDocument): number {
  return documentStrings(document).reduce((n, s) => n + s.length, 0);
}

/** Hands out the remaining characters; a cut falls on a word boundary near the end, never inside a surrogate pair. */
class CharBudget {
  constructor(private left: number) {}

  get spent(): boolean {
    return this.left <= 0;
  }

  take(text: string): string {
    if (text.length <= this.left) {
      this.left -= text.length;
      return text;
    }
    let end = Math.max(0, this.left);
    this.left = 0;
    const space = text.lastIndexOf(' ', end);
    if (space > end - 200 && space > 0) end = space;
    else if (end > 0 && /[\uD800-\uDBFF]/.test(text[end - 1])) end--;
    return text.slice(0, end).trimEnd();
  }

  takeOptional(text: string | undefined): string | undefined {
    if (text === undefined) return undefined;
    return this.take(text) || undefined;
  }
}

function cutBlock(block: Block, budget: CharBudget): Block {
  const skills = block.skills?.map((s) => budget.take(s)).filter(Boolean);
  const header = {
    title: budget.takeOptional(block.title),
    org: budget.takeOptional(block.org),
    employmentType: budget.takeOptional(block.employmentType),
    location: budget.takeOptional(block.location),
  };
  const raw = block.dates ? budget.takeOptional(block.dates.raw) : undefined;
  const url = budget.takeOptional(block.url);
  return {
    ...block,
    ...header,
    dates: block.dates && raw !== undefined ? { ...block.dates, raw } : undefined,
    url,
    skills: skills?.length ? skills : undefined,
    text: budget.take(block.text),
  };
}

function cutSections(sections: Section[], budget: CharBudget): Section[] {
  const kept: Section[] = [];
  for (const section of sections) {
    if (budget.spent) break;
    const heading = budget.take(section.heading);
    const blocks: Block[] = [];
    for (const block of section.blocks) {
      if (budget.spent) break;
      blocks.push(cutBlock(block, budget));
    }
    if (blocks.length > 0) kept.push({ ...section, heading, blocks });
  }
  return kept;
}

/**
 * The document the engine may screen: unchanged when its text fits `maxChars`, otherwise its first
 * `maxChars` characters in reading order (later blocks dropped), with an incompleteness saying how much
 * was screened. Memory and time then stay proportional to the cap, whatever the source held.
 */
export function capDocumentText(document: CandidateDocument, options: CapOptions = {}): CandidateDocument {
  const maxChars = options.maxChars ?? MAX_SCREENED_CHARS;
  const chars = documentChars(document);
  const source = options.source ?? { chars, exact: true };
  if (chars <= maxChars && source.exact && source.chars <= maxChars) return document;
  const budget = new CharBudget(maxChars);
  const person = {
    ...document.person,
    name: budget.takeOptional(document.person.name),
    headline: budget.takeOptional(document.person.headline),
    location: budget.takeOptional(document.person.location),
  };
  const held = source.exact ? { chars: Math.max(chars, source.chars), exact: true } : source;
  return {
    ...document,
    person,
    sections: cutSections(document.sections, budget),
    incomplete: [...document.incomplete, { message: textCutNotice(maxChars, held) }],
  };
}
