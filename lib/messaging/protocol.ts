import { defineExtensionMessaging } from '@webext-core/messaging';
import { browser } from 'wxt/browser';
import type { CandidateDocument } from '../model/candidate-document';
import type { StoreReply, StoreRequest } from '../storage/store-messages';
import type { ScreenReply } from './messages';
import type { PageSettings } from './page-settings';

/**
 * Every message Shipcheck sends, in one place: its name, what it carries and what it answers.
 * @webext-core/messaging wraps each in an envelope, routes the answer back to the sender's promise and
 * turns a missing receiver into a rejected promise; the data itself is checked with zod in the background,
 * where it arrives from a page or leaves for one (content scripts carry no zod: their size is the page's load).
 */
export interface ShipcheckProtocol {
  /** Content script or page -> background: screen this document with the recruiter's settings. */
  screen(document: CandidateDocument): ScreenReply;
  /** Background -> one tab's content script: the shortcut was pressed there. */
  togglePanel(): void;
  /** Page or content script -> background: one write to the saved candidates, put in order there. */
  candidateStore(request: StoreRequest): StoreReply;
  /** Content script -> background: storage.session was still closed to content scripts; open it (true once open). */
  openSessionPages(): boolean;
  /** Content script -> background: the stored settings and panel state, read and checked there. */
  pageSettings(): PageSettings;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ShipcheckProtocol>();

export interface MessageSender {
  id?: string;
}

/**
 * The background answers only Shipcheck's own pages and content scripts. runtime.onMessage does not
 * deliver web pages' messages today (that is onMessageExternal), so this guards against that changing
 * through a manifest edit (externally_connectable) rather than against a known hole.
 */
export function isFromThisExtension(sender: MessageSender | undefined, extensionId: string): boolean {
  return sender?.id !== undefined && sender.id === extensionId;
}

type Handler<K extends keyof ShipcheckProtocol> = (
  data: Parameters<ShipcheckProtocol[K]>[0],
) => Promise<ReturnType<ShipcheckProtocol[K]>> | ReturnType<ShipcheckProtocol[K]>;

/** Listens for one message type, answering only senders that are this extension. */
export function onMessageFromExtension<K extends keyof ShipcheckProtocol>(type: K, handler: Handler<K>): () => void {
  return onMessage(type, (message) => {
    if (!isFromThisExtension(message.sender, browser.runtime.id)) throw new Error('Refused: the message did not come from Shipcheck itself.');
    return handler(message.data as Parameters<ShipcheckProtocol[K]>[0]);
  });
}
