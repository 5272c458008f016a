import type { CandidateDocument } from '../model/candidate-document';
import { Screening } from '../model/screening';
import { z } from '../model/zod';

/**
 * Content script -> background: screen this document with the recruiter's settings. Only the
 * background validates it (handle-screen-request.ts), so its schema stays out of the content scripts.
 */
export interface ScreenRequest {
  type: 'shipcheck:screen';
  requestId: string;
  document: CandidateDocument;
}

export const ScreenResponse = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), requestId: z.string(), screening: Screening }),
  z.object({ ok: z.literal(false), requestId: z.string(), error: z.string() }),
]);
export type ScreenResponse = z.infer<typeof ScreenResponse>;

/** Background -> content script: the keyboard shortcut was pressed on this tab. */
export const TogglePanelMessage = z.object({ type: z.literal('shipcheck:toggle-panel') });
export type TogglePanelMessage = z.infer<typeof TogglePanelMessage>;

export function screenRequest(document: CandidateDocument, requestId: string): ScreenRequest {
  return { type: 'shipcheck:screen', requestId, document };
}

/** A reply that fails validation is reported as an error reply rather than thrown into the UI. */
export function parseScreenResponse(raw: unknown, requestId: string): ScreenResponse {
  const parsed = ScreenResponse.safeParse(raw);
  if (!parsed.success) return { ok: false, requestId, error: 'The screening engine sent a reply that could not be read.' };
  if (parsed.data.requestId !== requestId) return { ok: false, requestId, error: 'The reply belongs to another request.' };
  return parsed.data;
}
