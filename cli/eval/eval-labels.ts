import { z } from '../../lib/model/zod';

/** One hand-labelled document, as `../shared/eval/LABELING.md` describes. */
export const EvalLabel = z.object({
  file: z.string(),
  role: z.string().optional(),
  tools: z.array(z.string()),
  outcomes: z.array(z.object({ token: z.string(), quote: z.string().optional(), kind: z.string().optional() })),
  production: z.enum(['none', 'mentioned', 'specified', 'quantified']),
  missingDeployment: z.boolean(),
  buzzwordHeavy: z.boolean().optional(),
  verdict: z.enum(['strong', 'potential', 'pass', 'insufficient']),
  notes: z.string().optional(),
});
export type EvalLabel = z.infer<typeof EvalLabel>;

export const EvalLabels = z.array(EvalLabel);
