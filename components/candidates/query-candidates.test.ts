import { describe, expect, it } from 'vitest';
import { syntheticCandidate } from '../../lib/storage/synthetic-candidates';
import { EXAMPLE_RECORD_V3 } from '../../lib/storage/record-examples';
import { DEFAULT_QUERY, filterCandidates, queryCandidates, sortCandidates, tagsInUse, toRow, type CandidateQuery } from './query-candidates';

const grace = toRow(EXAMPLE_RECORD_V3);
const ada = toRow({
  ...EXAMPLE_RECORD_V3,
  key: 'pdf:ada',
  identities: ['pdf:ada'],
  name: 'Ada Example',
  headline: 'Data Scientist',
  sources: [{ ...EXAMPLE_RECORD_V3.sources[0], identity: 'pdf:ada', source: 'pdf', name: 'Ada Example', role: 'data-scientist', score: 40, tools: ['Spark'] }],
  status: 'rejected',
  tags: ['Remote'],
  note: 'Great at dashboards',
  updatedAt: '2026-04-01T00:00:00.000Z',
});
const rows = [grace, ada];
const keys = (query: Partial<CandidateQuery>) => queryCandidates(rows, { ...DEFAULT_QUERY, ...query }).map((row) => row.record.key);

describe('queryCandidates', () => {
  it.each([
    ['name', { text: 'grace' }, ['linkedin:grace-example']],
    ['tool', { text: 'spark' }, ['pdf:ada']],
    ['note text', { text: 'dashboards' }, ['pdf:ada']],
    ['every term must match', { text: 'ada pytorch' }, []],
    ['status', { status: 'shortlisted' }, ['linkedin:grace-example']],
    ['tag, any case', { tag: 'remote' }, ['pdf:ada']],
    ['role', { role: 'data-scientist' }, ['pdf:ada']],
    ['source', { source: 'github' }, ['linkedin:grace-example']],
    ['no filter, newest first', {}, ['pdf:ada', 'linkedin:grace-example']],
    ['oldest first', { sort: 'date-asc' }, ['linkedin:grace-example', 'pdf:ada']],
    ['best score first', { sort: 'score-desc' }, ['linkedin:grace-example', 'pdf:ada']],
    ['lowest score first', { sort: 'score-asc' }, ['pdf:ada', 'linkedin:grace-example']],
    ['by name', { sort: 'name' }, ['pdf:ada', 'linkedin:grace-example']],
  ] as Array<[string, Partial<CandidateQuery>, string[]]>)('%s', (_, query, expected) => {
    expect(keys(query)).toEqual(expected);
  });

  // How fast a keystroke filters 5,000 is measured by `npm run bench` (side panel), not timed here.
  it('filters 5,000 sorted candidates keeping the order', () => {
    const sorted = sortCandidates(
      Array.from({ length: 5000 }, (_, n) => toRow(syntheticCandidate(n).record)),
      'score-desc',
    );
    const found = filterCandidates(sorted, { ...DEFAULT_QUERY, text: 'pytorch', status: 'new' });
    expect(found.map((row) => row.score)).toEqual([...found.map((row) => row.score)].sort((a, b) => b - a));
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((row) => row.record.status === 'new')).toBe(true);
  });
});

describe('tagsInUse', () => {
  it('lists tags by use', () => {
    expect(tagsInUse([grace, ada, toRow({ ...EXAMPLE_RECORD_V3, tags: ['referral'] })])).toEqual(['referral', 'ranking', 'Remote']);
  });
});
