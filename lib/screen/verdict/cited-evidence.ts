import type { Evidence } from '../../model/evidence';
import type { ChecklistResult } from '../../model/screening';

/**
 * A piece of evidence by id, for the ids some checklist items cite. Built on first use, and only for those ids: a
 * long page has thousands of pieces of evidence, and a map of all of them (each id hashed and inserted) cost more
 * than the verdict rules that read it. The last piece with an id wins, as in a map built from all of them.
 */
export function citedEvidence(evidence: readonly Evidence[], items: readonly ChecklistResult[]): (id: string) => Evidence | undefined {
  let index: Map<string, Evidence> | undefined;
  return (id) => {
    if (!index) {
      const cited = new Set<string>();
      for (const item of items) for (const citedId of item.evidenceIds) cited.add(citedId);
      index = new Map();
      for (const e of evidence) if (cited.has(e.id)) index.set(e.id, e);
    }
    return index.get(id);
  };
}
