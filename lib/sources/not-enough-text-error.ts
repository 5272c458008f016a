/**
 * The input was read but holds no text to judge: binary data, JSON that is not a resume, a page that is
 * not a profile. Not a reading failure: its message says what the input is and what to give instead, and
 * callers report it as "Not enough evidence", never as a verdict.
 */
export class NotEnoughTextError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotEnoughTextError';
  }
}
