import type { Evidence } from '../../model/evidence';
import type { ChecklistResult } from '../../model/screening';

/**
 * Where a checklist item's evidence places the work. `job`: the candidate's own work in a role (or a
 * publication, which is theirs wherever it is listed); otherwise the best the item can show: a self-run
 * project or coursework, a team's claim, or text that belongs to no role (a summary, a headline).
 */
export type WorkShown = 'job' | 'self-run' | 'team' | 'outside-roles';

function isOwnJobWork(e: Evidence): boolean {
  if (e.claimant === 'team') return false;
  return e.setting === 'job' || e.kind === 'publication';
}

/** Evidence that only says what a statement is about (an ML sentence beside a deployment) is not the statement. */
function statementsOf(item: ChecklistResult, byId: (id: string) => Evidence | undefined): Evidence[] {
  const all = item.evidenceIds.map(byId).filter((e): e is Evidence => e !== undefined);
  const statements = item.id === 'ml-in-work' ? all : all.filter((e) => e.kind !== 'ml-work');
  return statements.length > 0 ? statements : all;
}

const shownCache = new WeakMap<ChecklistResult, { shown: WorkShown; evidenceIds: string[] }>();

/** Read once per checklist row: several rows of the verdict table ask about the same item. */
export function workShownBy(item: ChecklistResult, byId: (id: string) => Evidence | undefined): { shown: WorkShown; evidenceIds: string[] } {
  let found = shownCache.get(item);
  if (!found) {
    found = classify(item, byId);
    shownCache.set(item, found);
  }
  return found;
}

function classify(item: ChecklistResult, byId: (id: string) => Evidence | undefined): { shown: WorkShown; evidenceIds: string[] } {
  const statements = statementsOf(item, byId);
  const own = statements.filter(isOwnJobWork);
  if (own.length > 0) return { shown: 'job', evidenceIds: own.map((e) => e.id) };
  const ids = statements.map((e) => e.id);
  if (statements.some((e) => e.setting === 'project' || e.setting === 'coursework')) return { shown: 'self-run', evidenceIds: ids };
  if (statements.some((e) => e.claimant === 'team')) return { shown: 'team', evidenceIds: ids };
  return { shown: 'outside-roles', evidenceIds: ids };
}
