import { browser } from 'wxt/browser';
import type { CandidateDocument } from '../model/candidate-document';
import { parseScreenResponse, screenRequest, type ScreenResponse } from './messages';

let counter = 0;

/** Sends a document to the background service worker and waits for its screening. */
export async function requestScreening(document: CandidateDocument): Promise<ScreenResponse> {
  const requestId = `${Date.now().toString(36)}-${(counter++).toString(36)}`;
  try {
    const reply = await browser.runtime.sendMessage(screenRequest(document, requestId));
    return parseScreenResponse(reply, requestId);
  } catch (error) {
    return { ok: false, requestId, error: error instanceof Error ? error.message : String(error) };
  }
}
