import type { SectionKind } from '../../model/candidate-document';
import { countWords } from '../../text/indexed-document';
import {
  CREDENTIAL_KINDS,
  firstEntryStart,
  HOST_KINDS,
  isListLine,
  kindOfEntryHeaders,
  DESCRIPTION_WORDS,
  HEADER_WORDS,
  MAX_HEADER_CHARS,
  TITLE_WORDS,
  type EntryShape,
} from '../entry-shape';
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

/** Entry lines as the PDF shows them: bullets, and headers set apart by weight, size or a right-aligned piece. */
function shapeOfUnits(stats: LayoutStats, ranged: Ranged): EntryShape<TextUnit> {
  const isDescription = (unit: TextUnit) =>
    !ranged.has(unit) && (unit.bullet || unit.text.length > MAX_HEADER_CHARS || countWords(unit.text) >= DESCRIPTION_WORDS);
  const isHeaderLine = (unit: TextUnit) => isHeaderLike(unit, stats, ranged);
  return {
    isDescription,
    isHeaderLine,
    isDatedHeader: (unit) =>
      ranged.has(unit) && unit.text.length <= MAX_HEADER_CHARS && isHeaderLine(unit) && countWords(unit.text) <= HEADER_WORDS && !/[.!?]$/.test(unit.text),
    isTitleLine: (unit) =>
      !unit.bullet &&
      !ranged.has(unit) &&
      unit.text.length <= MAX_HEADER_CHARS &&
      isHeaderLine(unit) &&
      !isListLine(unit.text) &&
      !isLabelled(unit.text) &&
      countWords(unit.text) <= TITLE_WORDS,
  };
}

function headersOf(entries: Entry[]): string[] {
  return entries.map((entry) => entry.header.map((unit) => unit.text).join(' | '));
}

// "Python 90%", "MySQL ●●●●○", "English — C1": a name with its level.
const LEVEL = /^[\p{L}][\p{L}\d .+#/&-]{0,30}?\s*(?:[:–—-]\s*)?(?:\d{1,3}\s?%|[●○◉◯★☆■□▪▫⬤]{3,}|[ABC][12])$/u;
const SKILL_SHARE = 0.6;

/** A section of lists, labelled lists, levels or one or two words a line: what a skills section holds. */
function readsLikeSkills(units: TextUnit[]): boolean {
  if (units.length < 2) return false;
  const listed = units.filter(
    (unit) => isList(unit.text) || isLabelled(unit.text) || LEVEL.test(unit.text) || (countWords(unit.text) <= 3 && !/[.!?]$/.test(unit.text)),
  );
  return listed.length >= units.length * SKILL_SHARE;
}

/**
 * Splits off the entries of the other kind printed after the last of the section's own: jobs after the
 * degrees of an education section, degrees after the jobs of entries no heading announced.
 */
function splitTrailingOtherKind(section: UnitSection, stats: LayoutStats): UnitSection[] {
  const other = section.kind === 'education' ? 'experience' : 'education';
  const entries = groupEntries(section.units, stats);
  const kinds = headersOf(entries).map(entryKindOfHeader);
  const lastOwn = kinds.lastIndexOf(section.kind === 'education' ? 'education' : 'experience');
  // A job says what was done in it; a degree may stand on its header line alone.
  const first = kinds.findIndex((kind, index) => index > lastOwn && kind === other && (other === 'education' || entries[index].body.length > 0));
  if (lastOwn < 0 || first < 0) return [section];
  const at = section.units.indexOf(entries[first].header[0] ?? entries[first].body[0]);
  return [
    { ...section, units: section.units.slice(0, at) },
    { kind: other, heading: '', named: false, units: section.units.slice(at) },
  ];
}

/**
 * Re-reads a section by what it holds, whatever its heading said: entries that run on under a list, a
 * summary or an unknown heading (no "Experience" heading, or one the reader did not know) become a
 * section of their own, typed by their headers, with the degrees after their jobs apart; jobs after the
 * degrees of an education section become experience; an unknown heading over lists and levels is a
 * skills section. Nothing is dropped.
 */
export function sectionsByContent(section: UnitSection, stats: LayoutStats): UnitSection[] {
  if (section.kind === 'education') return splitTrailingOtherKind(section, stats);
  if (!HOST_KINDS.has(section.kind) && !CREDENTIAL_KINDS.has(section.kind)) return [section];
  const start = firstEntryStart(section.units, shapeOfUnits(stats, rangedUnits(section.units)));
  if (start === undefined) {
    const unknownLists = section.kind === 'other' && !section.named && readsLikeSkills(section.units);
    return [unknownLists ? { ...section, kind: 'skills' } : section];
  }
  const run = section.units.slice(start);
  const { kind, named } = kindOfEntryHeaders(headersOf(groupEntries(run, stats)));
  if (CREDENTIAL_KINDS.has(section.kind) && !named) return [section];
  // An unknown heading right above the entries was theirs ("Professional Journey", "Where I worked").
  const heading = start === 0 && !section.named ? section.heading : '';
  const entries = splitTrailingOtherKind({ kind, heading, named: false, units: run }, stats);
  return start === 0 ? entries : [{ ...section, units: section.units.slice(0, start) }, ...entries];
}
