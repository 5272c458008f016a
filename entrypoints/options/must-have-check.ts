import { suggestToolNames } from '../../lib/extract/tools/suggest-tool-names';
import { parseMustHaveInput } from '../../lib/settings/settings';

export interface MustHaveLine {
  typed: string;
  /** The catalogue's name when it knows the spelling. */
  canonical?: string;
  /** Nearest catalogue names for an unknown spelling. */
  suggestions: string[];
  /** The earlier entry naming the same tool ("ADF" after "Azure Data Factory"). */
  duplicateOf?: string;
}

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Each must-have tool as typed, checked against the catalogue. */
export function checkMustHaveTools(input: string): MustHaveLine[] {
  const seen = new Map<string, string>();
  return parseMustHaveInput(input).map((typed) => {
    const { canonical, suggestions } = suggestToolNames(typed);
    const key = (canonical ?? typed).toLowerCase();
    const duplicateOf = seen.get(key);
    if (!duplicateOf) seen.set(key, typed);
    return { typed, canonical, suggestions, ...(duplicateOf ? { duplicateOf } : {}) };
  });
}

/** What is saved: each tool once, under the catalogue's name when it has one, as typed otherwise. */
export function mustHaveToSave(input: string): string[] {
  return checkMustHaveTools(input)
    .filter((line) => !line.duplicateOf)
    .map((line) => line.canonical ?? line.typed);
}

/** The input with one entry replaced (a suggestion taken), entries joined as the options page shows them. */
export function replaceMustHave(input: string, typed: string, replacement: string): string {
  return parseMustHaveInput(input)
    .map((entry) => (entry === typed ? replacement : entry))
    .join(', ');
}

/** One line of feedback for an entry, as shown under the field. */
export function describeMustHave(line: MustHaveLine): string {
  if (line.duplicateOf) return `${line.typed}: the same tool as ${line.duplicateOf}, listed once.`;
  if (line.canonical && !sameName(line.canonical, line.typed)) return `${line.typed} is read as ${line.canonical}.`;
  if (line.canonical) return `${line.canonical}: known tool.`;
  if (line.suggestions.length > 0) return `${line.typed}: not a tool Shipcheck knows. Did you mean`;
  return `${line.typed}: not a tool Shipcheck knows, so no resume can show it and this item will always fail. Check the spelling.`;
}
