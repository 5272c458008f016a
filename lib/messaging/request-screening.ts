import type { CandidateDocument } from '../model/candidate-document';
import type { ScreenReply } from './messages';
import { sendMessage } from './protocol';

const UNREADABLE = 'The screening engine sent a reply that could not be read.';

/**
 * Sends a document to the background service worker and waits for its screening. The background checks the
 * reply against the schema before it sends it (handle-screen-request.ts); here only its form is looked at, so
 * that a content script carries no zod.
 */
export async function requestScreening(document: CandidateDocument): Promise<ScreenReply> {
  try {
    const reply: unknown = await sendMessage('screen', document);
    return isScreenReply(reply) ? reply : { ok: false, error: UNREADABLE };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

function isScreenReply(reply: unknown): reply is ScreenReply {
  if (typeof reply !== 'object' || reply === null) return false;
  const { ok, screening, error } = reply as { ok?: unknown; screening?: unknown; error?: unknown };
  return ok === true ? typeof screening === 'object' && screening !== null : ok === false && typeof error === 'string';
}
