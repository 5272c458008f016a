import type { Evidence } from '../../model/evidence';
import type { ScreenFacts } from '../screen-facts';
import { clipQuote as clip } from '../../text/clip-quote';
import type { CheckOptions } from './check-result';

/** A statement that counts for an item, with the evidence that shows it is about ML when that was asked. */
export interface CountedStatement {
  statement: Evidence;
  proof?: Evidence;
}

/**
 * Splits statements into those that count (all of them where ML is optional; else those about a
 * model or an ML system) and the others, which the item can cite when it fails.
 */
export function splitByMl(f: ScreenFacts, o: CheckOptions, statements: readonly Evidence[]): { counted: CountedStatement[]; other: Evidence[] } {
  const counted: CountedStatement[] = [];
  const other: Evidence[] = [];
  for (const statement of statements) {
    const proof = f.mlProof(statement);
    if (proof || !o.requireMl) counted.push({ statement, proof });
    else other.push(statement);
  }
  return { counted, other };
}

/** The statements' ids, then the ids of the proofs that are not statements themselves, each once. */
export function idsOf(counted: readonly CountedStatement[]): string[] {
  const ids = counted.map((c) => c.statement.id);
  const proofs = new Set<string>();
  for (const c of counted) if (c.proof && c.proof !== c.statement) proofs.add(c.proof.id);
  if (proofs.size === 0) return ids;
  for (const id of ids) proofs.delete(id);
  return [...ids, ...proofs];
}

const WHERE: Record<string, string> = { project: 'in a self-run project', coursework: 'in coursework' };

/** Where the statements were made, when none of them is about a job or the candidate's own work. */
function contextNote(counted: readonly CountedStatement[]): string {
  const settings = new Set(counted.map((c) => c.statement.setting));
  if (settings.size === 1) {
    const where = WHERE[[...settings][0] ?? ''];
    if (where) return ` (${where})`;
  }
  return counted.every((c) => c.statement.claimant === 'team') ? ' (credited to a team)' : '';
}

/** The first statement as a quote, what proved it is ML when that is another sentence, and where it was done. */
export function describeStatements(counted: readonly CountedStatement[]): string {
  const first = counted[0];
  const proof = first.proof && first.proof.quote !== first.statement.quote ? `; ML shown by “${clip(first.proof.quote, 60)}”` : '';
  const sentences = new Set(counted.map((c) => c.statement.quote)).size;
  const more = sentences > 1 ? ` and ${sentences - 1} more sentence${sentences === 2 ? '' : 's'}` : '';
  return `“${clip(first.statement.quote, 90)}”${proof}${more}${contextNote(counted)}`;
}
