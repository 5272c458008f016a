import { CandidateRecord, CURRENT_SCHEMA, SourceEntry } from './candidate-record';
import { currentStatus, FIRST_STATUS } from './candidate-status';

export interface SalvagedRecord {
  record: CandidateRecord;
  /** Fields that were present but unusable and were reset (or list items dropped), for the report. */
  reset: string[];
}

const isString = (value: unknown): value is string => typeof value === 'string';

/**
 * A damaged stored record (of any version) rebuilt from the fields that are still valid, so one bad field
 * does not hide a candidate and the recruiter's note. Fields are read under today's names or version 1's
 * (`id`, `notes`, epoch `savedAt`); a version-1 record's single screening is not rebuilt (its score and
 * verdict stay in the set-aside original). Nothing is invented: a record with neither a valid source nor a
 * note is not worth showing, and a value that names another candidate is not this one.
 */
export function salvageRecord(raw: object, recordKey: string): SalvagedRecord | undefined {
  const value = raw as Record<string, unknown>;
  const reset: string[] = [];
  const named = value.key ?? value.id;
  if (isString(named) && named !== recordKey) return undefined;

  const field = <T>(name: string, read: (input: unknown) => T | undefined, fallback: T): T => {
    if (!(name in value)) return fallback;
    const result = read(value[name]);
    if (result === undefined) {
      reset.push(name);
      return fallback;
    }
    return result;
  };
  const list = <T>(name: string, keep: (item: unknown) => item is T): T[] =>
    field(
      name,
      (input) => {
        if (!Array.isArray(input)) return undefined;
        const kept = input.filter(keep);
        if (kept.length < input.length) reset.push(`${input.length - kept.length} of ${input.length} ${name}`);
        return kept;
      },
      [] as T[],
    );
  const text = (input: unknown) => (isString(input) ? input : undefined);

  const sources = list('sources', (item): item is SourceEntry => SourceEntry.safeParse(item).success);
  const note = 'notes' in value && !('note' in value) ? field('notes', text, '') : field('note', text, '');
  if (sources.length === 0 && !note.trim()) return undefined;

  const savedAt = typeof value.savedAt === 'number' && Number.isFinite(value.savedAt) ? new Date(value.savedAt).toISOString() : undefined;
  const createdAt = field('createdAt', text, undefined) ?? savedAt ?? sources[0]?.savedAt ?? new Date(0).toISOString();
  const identities = [...new Set([recordKey, ...list('identities', isString), ...sources.map((source) => source.identity)])];
  const record = {
    schema: CURRENT_SCHEMA,
    key: recordKey,
    identities,
    name: field('name', text, undefined),
    headline: field('headline', text, undefined),
    sources,
    mentions: list('mentions', isString).filter((key) => !identities.includes(key)),
    status: field('status', currentStatus, FIRST_STATUS),
    tags: list('tags', isString),
    note,
    createdAt,
    updatedAt: field('updatedAt', text, undefined) ?? createdAt,
    rev: 'repaired',
  };
  const checked = CandidateRecord.safeParse(record);
  return checked.success ? { record: checked.data, reset } : undefined;
}
