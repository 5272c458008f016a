import type { Evidence } from '../../model/evidence';
import type { ScreenFacts } from '../screen-facts';
import { clipQuote as clip } from '../../text/clip-quote';
import type { CheckOptions } from './check-result';

/** A statement that counts for an item, with the evidence that shows it is about ML when that was asked. */
export interface CountedStatement {
  statement: Evidence;
  proof?: Evidence;
}

/** What an item found: the statements it cites (the best first, at most MAX_CITED), the others, and how many sentences count. */
export interface SplitStatements {
  counted: CountedStatement[];
  other: Evidence[];
  /** Distinct sentences among all the statements that count, cited or not. */
  sentences: number;
}

// A row cites the statements a recruiter will read, not every one of a long page's thousands.
export const MAX_CITED = 20;

/** Own work in a role first, then work that belongs to no role, a team's, a project's, a course's. */
function citeRank(e: Evidence): number {
  if (e.claimant === 'team') return 2;
  if (e.setting === 'job') return 0;
  if (e.setting === 'project') return 3;
  if (e.setting === 'coursework') return 4;
  return 1;
}

/**
 * Splits statements into those that count (all of them where ML is optional; else those about a
 * model or an ML system) and the others, which the item can cite when it fails. The cited statements
 * are the best by where the work was done, so that a role's statement is never lost behind projects.
 */
export function splitByMl(f: ScreenFacts, o: CheckOptions, statements: readonly Evidence[]): SplitStatements {
  const ranked: CountedStatement[][] = [[], [], [], [], []];
  const other: Evidence[] = [];
  const quotes = new Set<string>();
  for (const statement of statements) {
    const proof = f.mlProof(statement);
    if (!proof && o.requireMl) {
      if (other.length < MAX_CITED) other.push(statement);
      continue;
    }
    quotes.add(statement.quote);
    const bucket = ranked[citeRank(statement)];
    if (bucket.length < MAX_CITED) bucket.push({ statement, proof });
  }
  return { counted: ranked.flat().slice(0, MAX_CITED), other, sentences: quotes.size };
}

/** The statements' ids, then the ids of the proofs that are not statements themselves, each once. */
export function idsOf(counted: readonly CountedStatement[]): string[] {
  const ids = counted.map((c) => c.statement.id);
  // One proof often backs many statements of its sentence; compared as objects, which costs no hashing.
  const proofs = new Set<Evidence>();
  for (const c of counted) if (c.proof) proofs.add(c.proof);
  if (proofs.size === 0) return ids;
  for (const c of counted) proofs.delete(c.statement);
  for (const p of proofs) ids.push(p.id);
  return ids;
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
export function describeStatements(counted: readonly CountedStatement[], sentences = new Set(counted.map((c) => c.statement.quote)).size): string {
  const first = counted[0];
  const proof = first.proof && first.proof.quote !== first.statement.quote ? `; ML shown by “${clip(first.proof.quote, 60)}”` : '';
  const more = sentences > 1 ? ` and ${sentences - 1} more sentence${sentences === 2 ? '' : 's'}` : '';
  return `“${clip(first.statement.quote, 90)}”${proof}${more}${contextNote(counted)}`;
}
