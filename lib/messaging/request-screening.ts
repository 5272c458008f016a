import type { CandidateDocument } from '../model/candidate-document';
import { parseScreenReply, type ScreenReply } from './messages';
import { sendMessage } from './protocol';

/** Sends a document to the background service worker and waits for its screening. */
export async function requestScreening(document: CandidateDocument): Promise<ScreenReply> {
  try {
    return parseScreenReply(await sendMessage('screen', document));
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
