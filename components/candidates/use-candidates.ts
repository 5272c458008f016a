import { useEffect, useRef, useState } from 'react';
import type { CandidateStore, QuarantineEntry } from '../../lib/storage/candidate-store';
import { toRow, type CandidateRow } from './query-candidates';

export interface CandidatesState {
  rows: CandidateRow[];
  /** True once every saved candidate is read; before that `rows` holds the recent ones only. */
  loaded: boolean;
  quarantined: QuarantineEntry[];
  /** Keys of candidates a newer Shipcheck saved: not shown, left untouched. */
  newer: string[];
  error?: string;
}

/**
 * All saved candidates as rows, kept in step with storage: any page that writes (the in-page panel, another
 * side panel) triggers storage.onChanged, and only the changed records are read again.
 */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

export function useCandidates(store: CandidateStore): CandidatesState & { refreshQuarantine(): Promise<void> } {
  const [state, setState] = useState<CandidatesState>({ rows: [], loaded: false, quarantined: [], newer: [] });
  const byKey = useRef(new Map<string, CandidateRow>());

  async function refreshQuarantine() {
    const quarantined = await store.listQuarantine();
    setState((current) => ({ ...current, quarantined }));
  }

  useEffect(() => {
    let cancelled = false;
    let pending = new Set<string>();
    let scheduled = false;

    const publish = () => setState((current) => ({ ...current, rows: [...byKey.current.values()], loaded: true }));

    async function applyChanges() {
      scheduled = false;
      const keys = [...pending];
      pending = new Set();
      const fresh = await store.readMany(keys);
      if (cancelled) return;
      for (const key of keys) {
        const record = fresh.get(key);
        if (record) byKey.current.set(key, toRow(record));
        else byKey.current.delete(key);
      }
      publish();
    }

    const unsubscribe = store.subscribe((keys) => {
      keys.forEach((key) => pending.add(key));
      if (scheduled) return;
      scheduled = true;
      // A bulk change arrives as many events: read them together once the burst is over.
      setTimeout(() => void applyChanges(), 30);
    });

    async function load() {
      // Paint the recently changed candidates at once, and only then read all of them: turning thousands
      // of stored records into objects holds the page's thread for the better part of a second.
      const recent = await store.readRecent().catch(() => []);
      if (cancelled) return;
      if (recent.length) {
        setState((current) => (current.loaded ? current : { ...current, rows: recent.map(toRow) }));
        await afterNextPaint();
      }
      try {
        const { records, quarantined, newer } = await store.list();
        if (cancelled) return;
        byKey.current = new Map(records.map((record) => [record.key, toRow(record)]));
        setState({ rows: [...byKey.current.values()], loaded: true, quarantined, newer });
      } catch (error) {
        if (!cancelled) setState((current) => ({ ...current, loaded: true, error: error instanceof Error ? error.message : String(error) }));
      }
    }
    void load();
    return () => {
      cancelled = true;
      unsubscribe();
    };
  }, [store]);

  return { ...state, refreshQuarantine };
}
