import { z } from '../model/zod';
import { CandidateStatus } from './candidate-status';

/**
 * Longest note a recruiter can save: about ten pages of text. A note is read with its record every time
 * the side panel opens, and a 9 MB note once made that take ten seconds.
 */
export const NOTE_MAX_CHARS = 20_000;

/** What the recruiter changes on a saved candidate. */
export const CandidatePatch = z.object({
  status: CandidateStatus.optional(),
  tags: z.array(z.string()).optional(),
  note: z.string().max(NOTE_MAX_CHARS).optional(),
});
export type CandidatePatch = z.infer<typeof CandidatePatch>;

export class NoteTooLongError extends Error {
  constructor(readonly length: number) {
    super(
      `Not saved: the note is ${length.toLocaleString('en-US')} characters long and a note holds at most ` +
        `${NOTE_MAX_CHARS.toLocaleString('en-US')}. Shorten it and it saves; the text stays in the box meanwhile.`,
    );
    this.name = 'NoteTooLongError';
  }
}

/** The patch as written, or a clear refusal; the note's length gets its own message before any schema check. */
export function checkedPatch(patch: CandidatePatch): CandidatePatch {
  if (typeof patch.note === 'string' && patch.note.length > NOTE_MAX_CHARS) throw new NoteTooLongError(patch.note.length);
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
