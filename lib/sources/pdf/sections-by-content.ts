import type { SectionKind } from '../../model/candidate-document';
import { entryKindOfHeader } from '../entry-words';
import { groupEntries, isHeaderLike, isLabelled, isList, rangedUnits, type Entry, type Ranged } from './group-entries';
import type { LayoutStats } from './layout-stats';
import type { TextUnit } from './text-units';

/** A section's text units, with whether its heading named it or it was found some other way. */
export interface UnitSection {
  kind: SectionKind;
  heading: string;
  /** The heading's words said what the section is ("Skills"), rather than its style alone. */
  named: boolean;
  units: TextUnit[];
}

/** Where a list, a label or the top of the page may run straight into entries that no heading announced. */
const HOST_KINDS = new Set<SectionKind>(['summary', 'skills', 'languages', 'other']);
/** Credentials print dated lines of their own ("AWS ML Specialty   2022 – 2025"): entries there must name a role or degree. */
const CREDENTIAL_KINDS = new Set<SectionKind>(['certifications', 'awards', 'publications']);

const DESCRIPTION_WORDS = 6;
const HEADER_WORDS = 14;
const TITLE_WORDS = 8;
/** Title and organisation lines printed above the dated line, and one more header line below it. */
const TITLE_LINES_ABOVE = 2;

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** What an entry says it did: a bullet, or a sentence. */
function isDescription(unit: TextUnit, ranged: Ranged): boolean {
  return !ranged.has(unit) && (unit.bullet || wordCount(unit.text) >= DESCRIPTION_WORDS);
}

/** A dated header line: "ML Engineer, Acme   2020 – 2023", not a sentence that mentions years. */
function isDatedHeader(unit: TextUnit, stats: LayoutStats, ranged: Ranged): boolean {
  return ranged.has(unit) && isHeaderLike(unit, stats, ranged) && wordCount(unit.text) <= HEADER_WORDS && !/[.!?]$/.test(unit.text);
}

/** A title or organisation line above a dated line; a skills list or a labelled line is not one. */
function isTitleLine(unit: TextUnit, stats: LayoutStats, ranged: Ranged): boolean {
  return !unit.bullet && !ranged.has(unit) && isHeaderLike(unit, stats, ranged) && !isList(unit.text) && !isLabelled(unit.text) && wordCount(unit.text) <= TITLE_WORDS;
}

/**
 * Where the first entry starts, judged by its shape whatever section it stands in: a dated header line,
 * up to two title or organisation lines above it, at most one more header line below it, then a bullet
 * or a sentence.
 */
export function firstEntryStart(units: TextUnit[], stats: LayoutStats, ranged: Ranged = rangedUnits(units)): number | undefined {
  for (let i = 0; i < units.length; i++) {
    if (!isDatedHeader(units[i], stats, ranged)) continue;
    let body = i + 1;
    if (body < units.length && !isDescription(units[body], ranged) && isHeaderLike(units[body], stats, ranged)) body++;
    if (body >= units.length || !isDescription(units[body], ranged)) continue;
    let start = i;
    while (start > 0 && i - start < TITLE_LINES_ABOVE && isTitleLine(units[start - 1], stats, ranged)) start--;
    return start;
  }
  return undefined;
}

/** Experience or education by what the entries' headers name; `named` when any header names either. */
function kindOfEntries(entries: Entry[]): { kind: SectionKind; named: boolean } {
  let work = 0;
  let study = 0;
  for (const entry of entries) {
    const kind = entryKindOfHeader(entry.header.map((unit) => unit.text).join(' | '));
    if (kind === 'experience') work++;
    else if (kind === 'education') study++;
  }
  return { kind: study > work ? 'education' : 'experience', named: work + study > 0 };
}

// "Python 90%", "MySQL ●●●●○", "English — C1": a name with its level.
const LEVEL = /^[\p{L}][\p{L}\d .+#/&-]{0,30}?\s*(?:[:–—-]\s*)?(?:\d{1,3}\s?%|[●○◉◯★☆■□▪▫⬤]{3,}|[ABC][12])$/u;
const SKILL_SHARE = 0.6;

/** A section of lists, labelled lists, levels or one or two words a line: what a skills section holds. */
function readsLikeSkills(units: TextUnit[]): boolean {
  if (units.length < 2) return false;
  const listed = units.filter((unit) => isList(unit.text) || isLabelled(unit.text) || LEVEL.test(unit.text) || (wordCount(unit.text) <= 3 && !/[.!?]$/.test(unit.text)));
  return listed.length >= units.length * SKILL_SHARE;
}

/** The trailing entries of an education section that are jobs: a role named, no degree, and nothing after them that is study. */
function splitWorkAfterStudy(section: UnitSection, stats: LayoutStats): UnitSection[] {
  const entries = groupEntries(section.units, stats);
  const kinds = entries.map((entry) => entryKindOfHeader(entry.header.map((unit) => unit.text).join(' | ')));
  const first = kinds.findIndex((kind, index) => kind === 'experience' && entries[index].body.length > 0 && !kinds.slice(index).includes('education'));
  if (first <= 0) return [section];
  const at = section.units.indexOf(entries[first].header[0] ?? entries[first].body[0]);
  return [
    { ...section, units: section.units.slice(0, at) },
    { kind: 'experience', heading: '', named: false, units: section.units.slice(at) },
  ];
}

/**
 * Re-reads a section by what it holds, whatever its heading said: entries that run on under a list, a
 * summary or an unknown heading (no "Experience" heading, or one the reader did not know) become a
 * section of their own, typed by their headers; jobs after the degrees of an education section become
 * experience; an unknown heading over lists and levels is a skills section. Nothing is dropped.
 */
export function sectionsByContent(section: UnitSection, stats: LayoutStats): UnitSection[] {
  if (section.kind === 'education') return splitWorkAfterStudy(section, stats);
  if (!HOST_KINDS.has(section.kind) && !CREDENTIAL_KINDS.has(section.kind)) return [section];
  const start = firstEntryStart(section.units, stats);
  if (start === undefined) {
    const unknownLists = section.kind === 'other' && !section.named && readsLikeSkills(section.units);
    return [unknownLists ? { ...section, kind: 'skills' } : section];
  }
  const run = section.units.slice(start);
  const { kind, named } = kindOfEntries(groupEntries(run, stats));
  if (CREDENTIAL_KINDS.has(section.kind) && !named) return [section];
  // An unknown heading right above the entries was theirs ("Professional Journey", "Where I worked").
  const heading = start === 0 && !section.named ? section.heading : '';
  const entries: UnitSection = { kind, heading, named: false, units: run };
  return start === 0 ? [entries] : [{ ...section, units: section.units.slice(0, start) }, entries];
}
