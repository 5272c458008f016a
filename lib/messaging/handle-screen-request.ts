import { CandidateDocument } from '../model/candidate-document';
import type { Screening } from '../model/screening';
import { z } from '../model/zod';
import type { ScreenRequest, ScreenResponse } from './messages';

const ScreenRequestSchema: z.ZodType<ScreenRequest> = z.object({
  type: z.literal('shipcheck:screen'),
  requestId: z.string(),
  document: CandidateDocument,
});

export type Screener = (document: CandidateDocument) => Promise<Screening> | Screening;

/**
 * The background's side of the screen message: anything that is not a valid request gets `undefined`
 * (so other listeners may answer), and an engine failure becomes an error reply, never a throw.
 */
export async function handleScreenRequest(raw: unknown, screen: Screener): Promise<ScreenResponse | undefined> {
  const parsed = ScreenRequestSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  const { requestId, document } = parsed.data;
  try {
    return { ok: true, requestId, screening: await screen(document) };
  } catch (error) {
    return { ok: false, requestId, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Tells a listener whether a raw message is one this handler answers, before doing any work. */
export function isScreenRequest(raw: unknown): boolean {
  return typeof raw === 'object' && raw !== null && (raw as { type?: unknown }).type === 'shipcheck:screen';
}
