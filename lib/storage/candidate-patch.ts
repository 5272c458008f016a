import { z } from '../model/zod';
import { CandidateStatus } from './candidate-status';
import { assertNoteFits, NOTE_MAX_CHARS } from './note-limit';

export { NOTE_MAX_CHARS, NoteTooLongError } from './note-limit';

/** What the recruiter changes on a saved candidate. */
export const CandidatePatch = z.object({
  status: CandidateStatus.optional(),
  tags: z.array(z.string()).optional(),
  note: z.string().max(NOTE_MAX_CHARS).optional(),
});
export type CandidatePatch = z.infer<typeof CandidatePatch>;

/** The patch as written, or a clear refusal; the note's length gets its own message before any schema check. */
export function checkedPatch(patch: CandidatePatch): CandidatePatch {
  assertNoteFits(patch);
  return CandidatePatch.parse(patch);
}

export function normaliseTags(tags: string[]): string[] {
  const seen = new Map<string, string>();
  for (const raw of tags) {
    const tag = raw.trim().replace(/\s+/g, ' ').slice(0, 40);
    if (tag && !seen.has(tag.toLowerCase())) seen.set(tag.toLowerCase(), tag);
  }
  return [...seen.values()];
}
