import type { SourceKind } from '../../lib/model/candidate-document';
import type { RolePresetId } from '../../lib/model/screening';
import type { CandidateRecord, CandidateStatus } from '../../lib/storage/candidate-record';
import { candidateScore } from '../../lib/storage/merge-records';

/** A saved candidate with what search, filters and sorts need worked out once, not on every keystroke. */
export interface CandidateRow {
  record: CandidateRecord;
  score: number;
  /** Lower-cased name, headline, tools, tags and note. */
  haystack: string;
  roles: RolePresetId[];
  sources: SourceKind[];
}

export type CandidateSort = 'date-desc' | 'date-asc' | 'score-desc' | 'score-asc' | 'name';

export interface CandidateQuery {
  text: string;
  status: CandidateStatus | 'all';
  tag: string | 'all';
  role: RolePresetId | 'all';
  source: SourceKind | 'all';
  sort: CandidateSort;
}

export const DEFAULT_QUERY: CandidateQuery = { text: '', status: 'all', tag: 'all', role: 'all', source: 'all', sort: 'date-desc' };

export function toRow(record: CandidateRecord): CandidateRow {
  const parts = [
    record.name ?? '',
    record.headline ?? '',
    ...record.sources.flatMap((source) => [source.name ?? '', ...source.tools]),
    ...record.tags,
    record.note,
  ];
  return {
    record,
    score: candidateScore(record),
    haystack: parts.join('\n').toLowerCase(),
    roles: [...new Set(record.sources.map((source) => source.role))],
    sources: [...new Set(record.sources.map((source) => source.source))],
  };
}

function searchTerms(text: string): string[] {
  return text.toLowerCase().split(/\s+/).filter(Boolean);
}

const COMPARE: Record<CandidateSort, (a: CandidateRow, b: CandidateRow) => number> = {
  'date-desc': (a, b) => (a.record.updatedAt < b.record.updatedAt ? 1 : a.record.updatedAt > b.record.updatedAt ? -1 : 0),
  'date-asc': (a, b) => (a.record.updatedAt < b.record.updatedAt ? -1 : a.record.updatedAt > b.record.updatedAt ? 1 : 0),
  'score-desc': (a, b) => b.score - a.score,
  'score-asc': (a, b) => a.score - b.score,
  name: (a, b) => (a.record.name ?? a.record.key).localeCompare(b.record.name ?? b.record.key),
};

/** The rows in the chosen order; done once per list and sort, so typing a search never re-sorts. */
export function sortCandidates(rows: CandidateRow[], sort: CandidateSort): CandidateRow[] {
  const compare = COMPARE[sort];
  return [...rows].sort((a, b) => compare(a, b) || a.record.key.localeCompare(b.record.key));
}

/** The rows that match every term of the search and every filter, order kept. Pure and linear. */
export function filterCandidates(rows: CandidateRow[], query: Omit<CandidateQuery, 'sort'>): CandidateRow[] {
  const terms = searchTerms(query.text);
  const tag = query.tag === 'all' ? undefined : query.tag.toLowerCase();
  return rows.filter(
    (row) =>
      (query.status === 'all' || row.record.status === query.status) &&
      (query.role === 'all' || row.roles.includes(query.role)) &&
      (query.source === 'all' || row.sources.includes(query.source)) &&
      (tag === undefined || row.record.tags.some((t) => t.toLowerCase() === tag)) &&
      terms.every((term) => row.haystack.includes(term)),
  );
}

export function queryCandidates(rows: CandidateRow[], query: CandidateQuery): CandidateRow[] {
  return filterCandidates(sortCandidates(rows, query.sort), query);
}

/** Every tag in use, most used first, for the tag filter and suggestions. */
export function tagsInUse(rows: CandidateRow[]): string[] {
  const counts = new Map<string, number>();
  for (const row of rows) for (const tag of row.record.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([tag]) => tag);
}
