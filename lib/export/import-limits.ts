/**
 * How much one import may bring. 50 MB holds about 2,500 candidates with full screenings and documents,
 * and parses in well under a second; 5,000 candidates is below Greenhouse's advice of 8,000 a file and
 * what the side panel lists smoothly. Larger files are refused before they are read, with what to do.
 */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
export const MAX_IMPORT_CANDIDATES = 5000;

const SPLIT_ADVICE = 'Export fewer candidates per file (select them in the list first) and import the parts one after another.';

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Why a file of this size is not imported, or undefined when it may be. */
export function importSizeProblem(bytes: number): string | undefined {
  return bytes > MAX_IMPORT_BYTES
    ? `The file is ${megabytes(bytes)}; Shipcheck imports files up to ${megabytes(MAX_IMPORT_BYTES)}. ${SPLIT_ADVICE}`
    : undefined;
}

export function importCountProblem(count: number): string | undefined {
  return count > MAX_IMPORT_CANDIDATES
    ? `The file holds ${count} candidates; Shipcheck imports up to ${MAX_IMPORT_CANDIDATES} at a time. ${SPLIT_ADVICE}`
    : undefined;
}

/** The same check for text already read; bytes are counted only when the length leaves any doubt. */
export function textSizeProblem(text: string): string | undefined {
  // A UTF-16 unit is at most 3 bytes of UTF-8.
  return text.length * 3 <= MAX_IMPORT_BYTES ? undefined : importSizeProblem(new TextEncoder().encode(text).length);
}
