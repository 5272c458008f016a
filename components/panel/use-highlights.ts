import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { HighlightSummary, HighlightTarget, StepPosition } from '../../lib/highlight/highlight-layer';
import type { Evidence, EvidenceKind } from '../../lib/model/evidence';
import type { HighlightController } from './highlight-controller';

export interface HighlightGroups {
  isActive(groupId: string): boolean;
  toggle(groupId: string, evidenceIds: readonly string[]): void;
  allOff(): void;
  step(direction: 1 | -1): void;
  activeCount: number;
  kinds: EvidenceKind[];
  summary: HighlightSummary | undefined;
  position: StepPosition | undefined;
}

/**
 * The set of switched-on groups (a checklist item, a flag, a tool...) and what they paint. Switching
 * a group re-paints the union of all active groups so overlapping groups never erase each other.
 */
export function useHighlights(
  controller: HighlightController | undefined,
  evidence: ReadonlyMap<string, Evidence>,
  resetKey: string,
): HighlightGroups {
  const [active, setActive] = useState<ReadonlyMap<string, readonly string[]>>(new Map());
  const [summary, setSummary] = useState<HighlightSummary>();
  const [position, setPosition] = useState<StepPosition>();
  const lastKey = useRef(resetKey);

  useEffect(() => {
    if (lastKey.current === resetKey) return;
    lastKey.current = resetKey;
    setActive(new Map());
  }, [resetKey]);

  const targets = useMemo(() => {
    const list: HighlightTarget[] = [];
    for (const ids of active.values()) {
      for (const id of ids) {
        const item = evidence.get(id);
        if (item) list.push({ kind: item.kind, quote: item.quote });
      }
    }
    return list;
  }, [active, evidence]);

  useEffect(() => {
    if (!controller) return;
    if (targets.length === 0) {
      controller.clear();
      setSummary(undefined);
    } else {
      setSummary(controller.show(targets));
    }
    setPosition(undefined);
  }, [controller, targets]);

  useEffect(() => () => controller?.clear(), [controller]);

  const toggle = useCallback((groupId: string, evidenceIds: readonly string[]) => {
    setActive((previous) => {
      const next = new Map(previous);
      if (next.has(groupId)) next.delete(groupId);
      else next.set(groupId, evidenceIds);
      return next;
    });
  }, []);

  const step = useCallback(
    (direction: 1 | -1) => {
      const at = controller?.step(direction);
      if (at) setPosition(at);
    },
    [controller],
  );

  const kinds = useMemo(() => [...new Set(targets.map((target) => target.kind))], [targets]);

  return {
    isActive: (groupId) => active.has(groupId),
    toggle,
    allOff: () => setActive(new Map()),
    step,
    activeCount: active.size,
    kinds,
    summary,
    position,
  };
}
