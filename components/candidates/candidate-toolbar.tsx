import { STATUS_LABEL, STATUS_ORDER } from '../../lib/storage/candidate-status';
import type { CandidateQuery, CandidateSort } from './query-candidates';

interface CandidateToolbarProps {
  query: CandidateQuery;
  tags: string[];
  onChange(query: CandidateQuery): void;
}

const SORTS: Array<[CandidateSort, string]> = [
  ['date-desc', 'Newest first'],
  ['date-asc', 'Oldest first'],
  ['score-desc', 'Best score'],
  ['score-asc', 'Lowest score'],
  ['name', 'Name'],
];

/** Search box, filters and sort; every control is a native element with a label, so keyboards just work. */
export function CandidateToolbar({ query, tags, onChange }: CandidateToolbarProps) {
  const set = <K extends keyof CandidateQuery>(key: K, value: CandidateQuery[K]) => onChange({ ...query, [key]: value });
  return (
    <div className="sc-toolbar" role="search">
      <input
        type="search"
        className="sc-search"
        placeholder="Search name, tool or note…"
        aria-label="Search candidates by name, tool or note"
        data-testid="candidate-search"
        value={query.text}
        onChange={(event) => set('text', event.target.value)}
      />
      <div className="sc-filters">
        <select
          aria-label="Filter by status"
          data-testid="filter-status"
          value={query.status}
          onChange={(event) => set('status', event.target.value as CandidateQuery['status'])}
        >
          <option value="all">Status: any</option>
          {STATUS_ORDER.map((status) => (
            <option key={status} value={status}>
              {STATUS_LABEL[status]}
            </option>
          ))}
        </select>
        <select aria-label="Filter by tag" data-testid="filter-tag" value={query.tag} onChange={(event) => set('tag', event.target.value)}>
          <option value="all">Tag: any</option>
          {tags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
        <select
          aria-label="Filter by role"
          data-testid="filter-role"
          value={query.role}
          onChange={(event) => set('role', event.target.value as CandidateQuery['role'])}
        >
          <option value="all">Role: any</option>
          <option value="ml-engineer">ML engineer</option>
          <option value="mlops">MLOps</option>
          <option value="research">Research</option>
          <option value="data-scientist">Data scientist</option>
        </select>
        <select
          aria-label="Filter by source"
          data-testid="filter-source"
          value={query.source}
          onChange={(event) => set('source', event.target.value as CandidateQuery['source'])}
        >
          <option value="all">Source: any</option>
          <option value="linkedin">LinkedIn</option>
          <option value="github">GitHub</option>
          <option value="pdf">PDF</option>
          <option value="jsonresume">JSON Resume</option>
          <option value="text">Text</option>
        </select>
        <select aria-label="Sort" data-testid="sort" value={query.sort} onChange={(event) => set('sort', event.target.value as CandidateSort)}>
          {SORTS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
