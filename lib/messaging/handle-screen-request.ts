import { CandidateDocument } from '../model/candidate-document';
import type { Screening } from '../model/screening';
import { parseScreenReply, type ScreenReply } from './messages';
import { onMessageFromExtension } from './protocol';

export type Screener = (document: CandidateDocument) => Promise<Screening> | Screening;

/**
 * The background's side of `screen`: the document is checked (it crossed a boundary), and so is the screening
 * before it leaves (the page that asked carries no schema to check it); a bad document, an engine failure or a
 * screening that breaks the contract becomes an error reply, never a throw.
 */
export async function answerScreenRequest(raw: unknown, screen: Screener): Promise<ScreenReply> {
  const document = CandidateDocument.safeParse(raw);
  if (!document.success) return { ok: false, error: 'The page sent a document that could not be read.' };
  try {
    return parseScreenReply({ ok: true, screening: await screen(document.data) });
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Call once in the background: from then on it screens what Shipcheck's own pages send it. */
export function serveScreening(screen: Screener): () => void {
  return onMessageFromExtension('screen', (document) => answerScreenRequest(document, screen));
}
