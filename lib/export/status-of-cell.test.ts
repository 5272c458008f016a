import { describe, expect, it } from 'vitest';
import { statusOfCell } from './status-of-cell';

describe('statusOfCell', () => {
  it("reads today's labels and ids in any case", () => {
    expect(statusOfCell('Shortlisted')).toBe('shortlisted');
    expect(statusOfCell(' MAYBE ')).toBe('maybe');
    expect(statusOfCell('rejected')).toBe('rejected');
  });

  it('reads the labels older exports wrote as the status they became', () => {
    expect(statusOfCell('Unreviewed')).toBe('new');
    expect(statusOfCell('Strong')).toBe('shortlisted');
    expect(statusOfCell('Pass')).toBe('rejected');
  });

  it('is undefined for a cell that is no status', () => {
    expect(statusOfCell('Interviewing')).toBeUndefined();
    expect(statusOfCell('')).toBeUndefined();
  });
});
