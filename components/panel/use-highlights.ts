import { useCallback, useEffect, useMemo, useState } from 'react';
import type { HighlightSummary, HighlightTarget, StepPosition } from '../../lib/highlight/highlight-layer';
import type { Evidence, EvidenceKind } from '../../lib/model/evidence';
import type { HighlightController } from './highlight-controller';

export interface HighlightGroups {
  /** False where there is no page text to paint (pasted text in the side panel): no highlight controls are offered. */
  available: boolean;
  isActive(groupId: string): boolean;
  toggle(groupId: string, evidenceIds: readonly string[]): void;
  allOff(): void;
  step(direction: 1 | -1): void;
  activeCount: number;
  kinds: EvidenceKind[];
  summary: HighlightSummary | undefined;
  position: StepPosition | undefined;
}

type ActiveGroups = ReadonlyMap<string, readonly string[]>;
const NO_GROUPS: ActiveGroups = new Map();

/**
 * The set of switched-on groups (a checklist item, a flag, a tool...) and what they paint. Switching
 * a group re-paints the union of all active groups so overlapping groups never erase each other.
 */
export function useHighlights(
  controller: HighlightController | undefined,
  evidence: ReadonlyMap<string, Evidence>,
  resetKey: string,
): HighlightGroups {
  // The groups belong to the screening they were switched on for: another key reads as none, at once.
  const [switched, setSwitched] = useState<{ key: string; groups: ActiveGroups }>({ key: resetKey, groups: NO_GROUPS });
  const active = switched.key === resetKey ? switched.groups : NO_GROUPS;
  const [summary, setSummary] = useState<HighlightSummary>();
  const [position, setPosition] = useState<StepPosition>();

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

  const toggle = useCallback(
    (groupId: string, evidenceIds: readonly string[]) => {
      setSwitched((previous) => {
        const next = new Map(previous.key === resetKey ? previous.groups : NO_GROUPS);
        if (next.has(groupId)) next.delete(groupId);
        else next.set(groupId, evidenceIds);
        return { key: resetKey, groups: next };
      });
    },
    [resetKey],
  );

  const step = useCallback(
    (direction: 1 | -1) => {
      const at = controller?.step(direction);
      if (at) setPosition(at);
    },
    [controller],
  );

  const kinds = useMemo(() => [...new Set(targets.map((target) => target.kind))], [targets]);

  return {
    available: controller !== undefined,
    isActive: (groupId) => active.has(groupId),
    toggle,
    allOff: () => setSwitched({ key: resetKey, groups: NO_GROUPS }),
    step,
    activeCount: active.size,
    kinds,
    summary,
    position,
  };
}
