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
function targetsOf(groups: ActiveGroups, evidence: ReadonlyMap<string, Evidence>): HighlightTarget[] {
  const list: HighlightTarget[] = [];
  for (const ids of groups.values()) {
    for (const id of ids) {
      const item = evidence.get(id);
      if (item) list.push({ kind: item.kind, quote: item.quote });
    }
  }
  return list;
}

interface Painted {
  key: string;
  summary?: HighlightSummary;
  position?: StepPosition;
}

export function useHighlights(controller: HighlightController | undefined, evidence: ReadonlyMap<string, Evidence>, resetKey: string): HighlightGroups {
  // The groups and the paint belong to the screening they were switched on for: another key reads as none, at once.
  const [switched, setSwitched] = useState<{ key: string; groups: ActiveGroups }>({ key: resetKey, groups: NO_GROUPS });
  const active = switched.key === resetKey ? switched.groups : NO_GROUPS;
  const [painted, setPainted] = useState<Painted>({ key: resetKey });
  const shown: Painted = painted.key === resetKey ? painted : { key: resetKey };
  const targets = useMemo(() => targetsOf(active, evidence), [active, evidence]);

  // The page is painted where the switch is pressed, and its paint goes with the screening it was made for.
  useEffect(() => () => controller?.clear(), [controller, resetKey]);

  const paint = useCallback(
    (groups: ActiveGroups) => {
      setSwitched({ key: resetKey, groups });
      if (!controller) return;
      const next = targetsOf(groups, evidence);
      if (next.length === 0) controller.clear();
      setPainted({ key: resetKey, summary: next.length === 0 ? undefined : controller.show(next) });
    },
    [controller, evidence, resetKey],
  );

  const toggle = useCallback(
    (groupId: string, evidenceIds: readonly string[]) => {
      const next = new Map(active);
      if (next.has(groupId)) next.delete(groupId);
      else next.set(groupId, evidenceIds);
      paint(next);
    },
    [active, paint],
  );

  const step = useCallback(
    (direction: 1 | -1) => {
      const at = controller?.step(direction);
      if (at) setPainted((previous) => ({ ...(previous.key === resetKey ? previous : { key: resetKey }), position: at }));
    },
    [controller, resetKey],
  );

  const kinds = useMemo(() => [...new Set(targets.map((target) => target.kind))], [targets]);

  return {
    available: controller !== undefined,
    isActive: (groupId) => active.has(groupId),
    toggle,
    allOff: () => paint(NO_GROUPS),
    step,
    activeCount: active.size,
    kinds,
    summary: shown.summary,
    position: shown.position,
  };
}
