import type { z } from '../model/zod';

/** The first few schema problems of a stored or imported value, as one line a person can act on. */
export function describeIssues(error: z.ZodError, rootLabel = '(root)'): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || rootLabel}: ${issue.message}`)
    .join('; ');
}
