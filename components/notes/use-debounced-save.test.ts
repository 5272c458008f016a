import { describe, expect, it } from 'vitest';
import { saveStateText } from './use-debounced-save';

describe('saveStateText', () => {
  it.each([
    ['saved', undefined, 'Saved'],
    ['error', 'disk on fire', 'Not saved: disk on fire'],
    ['error', 'Not saved: the note is 20,001 characters long', 'Not saved: the note is 20,001 characters long'],
    ['error', undefined, 'Not saved: unknown error'],
  ] as const)('%s with %j reads %j', (state, error, text) => {
    expect(saveStateText(state, error)).toBe(text);
  });
});
