import { describe, expect, it } from 'vitest';
import { z } from '../model/zod';
import { describeIssues } from './describe-issues';

const Shape = z.object({ a: z.string(), b: z.number(), c: z.boolean(), d: z.string() });

function issuesOf(value: unknown): z.ZodError {
  const parsed = Shape.safeParse(value);
  if (parsed.success) throw new Error('expected a failure');
  return parsed.error;
}

describe('describeIssues', () => {
  it.each([
    { value: { a: 'x', b: 'nope', c: true, d: 'y' }, root: undefined, starts: 'b: ', parts: 1 },
    { value: {}, root: undefined, starts: 'a: ', parts: 3 },
    { value: 'not an object', root: undefined, starts: '(root): ', parts: 1 },
    { value: 'not an object', root: '(entry)', starts: '(entry): ', parts: 1 },
  ])('names the path of each of the first three problems ($starts)', ({ value, root, starts, parts }) => {
    const text = describeIssues(issuesOf(value), root);
    expect(text.startsWith(starts)).toBe(true);
    expect(text.split('; ')).toHaveLength(parts);
  });
});
