import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { CandidateStore } from '../../lib/storage/candidate-store';
import { CandidateRowView } from './candidate-row';
import type { CandidateRow } from './query-candidates';

interface CandidateListProps {
  rows: CandidateRow[];
  store: CandidateStore;
  selected: Set<string>;
  knownTags: string[];
  onToggleSelect(key: string, range: boolean): void;
  onDelete(keys: string[]): void;
}

const ROW_ESTIMATE = 92;

/**
 * Only the rows in view are in the DOM (TanStack Virtual), so thousands of candidates scroll smoothly.
 * One row is in the tab order; arrows move between rows, Space selects, Enter opens, Delete deletes.
 */
export function CandidateList({ rows, store, selected, knownTags, onToggleSelect, onDelete }: CandidateListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [expanded, setExpanded] = useState<string | undefined>(undefined);
  const [active, setActive] = useState(0);
  const focusAfterScroll = useRef<number | undefined>(undefined);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 6,
    getItemKey: (index) => rows[index].record.key,
  });

  useEffect(() => {
    if (active >= rows.length) setActive(Math.max(0, rows.length - 1));
  }, [rows.length, active]);

  useEffect(() => {
    const index = focusAfterScroll.current;
    if (index === undefined) return;
    const element = scrollRef.current?.querySelector<HTMLElement>(`[data-row-index="${index}"]`);
    if (element) {
      element.focus();
      focusAfterScroll.current = undefined;
    }
  });

  // Handlers read the latest rows through a ref so they keep one identity and memoised rows stay put.
  const latest = useRef({ rows, virtualizer, onToggleSelect, onDelete });
  useLayoutEffect(() => {
    latest.current = { rows, virtualizer, onToggleSelect, onDelete };
  });

  const toggleExpand = useCallback((key: string) => setExpanded((current) => (current === key ? undefined : key)), []);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>, index: number) => {
      if (event.target !== event.currentTarget) return;
      const { rows, virtualizer, onToggleSelect, onDelete } = latest.current;
      const moveTo = (target: number) => {
        const next = Math.max(0, Math.min(rows.length - 1, target));
        setActive(next);
        focusAfterScroll.current = next;
        virtualizer.scrollToIndex(next, { align: 'auto' });
      };
      const key = rows[index].record.key;
      const actions: Record<string, () => void> = {
        ArrowDown: () => moveTo(index + 1),
        ArrowUp: () => moveTo(index - 1),
        Home: () => moveTo(0),
        End: () => moveTo(rows.length - 1),
        PageDown: () => moveTo(index + 8),
        PageUp: () => moveTo(index - 8),
        ' ': () => onToggleSelect(key, event.shiftKey),
        Enter: () => toggleExpand(key),
        Delete: () => onDelete([key]),
      };
      const action = actions[event.key];
      if (!action) return;
      event.preventDefault();
      action();
    },
    [toggleExpand],
  );

  if (rows.length === 0) return null;
  return (
    <div ref={scrollRef} className="sc-list" data-testid="candidate-list">
      <div role="list" aria-label={`${rows.length} candidates`} style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          return (
            <div
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              className="sc-list__slot"
              style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${item.start}px)` }}
            >
              <CandidateRowView
                row={row}
                index={item.index}
                store={store}
                selected={selected.has(row.record.key)}
                expanded={expanded === row.record.key}
                active={active === item.index}
                knownTags={knownTags}
                onToggleSelect={onToggleSelect}
                onToggleExpand={toggleExpand}
                onDelete={onDelete}
                onKeyDown={onKeyDown}
                onFocusRow={setActive}
              />
            </div>
          );
        })}
      </div>
    </div>
  );
}
