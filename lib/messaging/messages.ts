import { Screening } from '../model/screening';
import { z } from '../model/zod';

/** The background's answer to `screen`: the screening, or why there is none. */
export const ScreenReply = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), screening: Screening }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type ScreenReply = z.infer<typeof ScreenReply>;

/** A reply that fails validation is sent as an error reply rather than thrown into the UI. */
export function parseScreenReply(raw: unknown): ScreenReply {
  const parsed = ScreenReply.safeParse(raw);
  return parsed.success ? parsed.data : { ok: false, error: 'The screening engine sent a reply that could not be read.' };
}
