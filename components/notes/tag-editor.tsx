import { useState, type KeyboardEvent } from 'react';

interface TagEditorProps {
  tags: string[];
  onChange(tags: string[]): void;
  /** Known tags offered as suggestions while typing. */
  suggestions?: string[];
  idPrefix: string;
}

/** Tags as removable chips; Enter or comma adds the typed tag, Backspace in an empty box removes the last. */
export function TagEditor({ tags, onChange, suggestions = [], idPrefix }: TagEditorProps) {
  const [draft, setDraft] = useState('');
  const listId = `${idPrefix}-tag-suggestions`;

  function commit() {
    const tag = draft.trim().replace(/,+$/, '');
    setDraft('');
    if (tag && !tags.some((existing) => existing.toLowerCase() === tag.toLowerCase())) onChange([...tags, tag]);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      commit();
    } else if (event.key === 'Backspace' && draft === '' && tags.length) {
      onChange(tags.slice(0, -1));
    }
  }

  return (
    <div className="sc-tags">
      <ul className="sc-tags__list" aria-label="Tags">
        {tags.map((tag) => (
          <li key={tag} className="sc-tag">
            <span>{tag}</span>
            <button type="button" className="sc-tag__remove" aria-label={`Remove tag ${tag}`} onClick={() => onChange(tags.filter((t) => t !== tag))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <input
        className="sc-tags__input"
        aria-label="Add a tag"
        placeholder="Add tag…"
        value={draft}
        list={suggestions.length ? listId : undefined}
        data-testid="tag-input"
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={onKeyDown}
        onBlur={commit}
      />
      {suggestions.length > 0 && (
        <datalist id={listId}>
          {suggestions.map((tag) => (
            <option key={tag} value={tag} />
          ))}
        </datalist>
      )}
    </div>
  );
}
