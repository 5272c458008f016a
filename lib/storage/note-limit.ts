/**
 * Longest note a recruiter can save: about ten pages of text. A note is read with its record every time
 * the side panel opens, and a 9 MB note once made that take ten seconds. Plain code without the patch's
 * schema, so that the in-page panel (which carries no zod) refuses a long note with its own message too.
 */
export const NOTE_MAX_CHARS = 20_000;

export class NoteTooLongError extends Error {
  constructor(readonly length: number) {
    super(
      `Not saved: the note is ${length.toLocaleString('en-US')} characters long and a note holds at most ` +
        `${NOTE_MAX_CHARS.toLocaleString('en-US')}. Shorten it and it saves; the text stays in the box meanwhile.`,
    );
    this.name = 'NoteTooLongError';
  }
}

/** Refuses a patch whose note is over the limit, before anything is sent or written. */
export function assertNoteFits(patch: { note?: unknown }): void {
  if (typeof patch.note === 'string' && patch.note.length > NOTE_MAX_CHARS) throw new NoteTooLongError(patch.note.length);
}
