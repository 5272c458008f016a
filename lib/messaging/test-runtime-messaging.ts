import { fakeBrowser } from '@webext-core/fake-browser';
import type { MessageSender } from './protocol';

type Listener = (message: unknown, sender: MessageSender, sendResponse: (response: unknown) => void) => boolean | undefined | void;

/**
 * A test double for chrome.runtime messaging as Chromium behaves (fake-browser's has no sendResponse):
 * messages are cloned, a listener answers through sendResponse after returning true, and a message
 * nobody answers fails through runtime.lastError. Storage and the rest come from fake-browser. Install it
 * as `globalThis.chrome` before 'wxt/browser' is first imported (vi.hoisted), since that module keeps
 * the global it finds.
 */
export function createTestChrome() {
  const listeners: Listener[] = [];
  let lastError: { message: string } | undefined;

  /** Delivers `message` as if `sender` sent it; resolves with the answer, rejects when nobody answers. */
  function deliverFrom(sender: MessageSender, message: unknown): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const cloned = JSON.parse(JSON.stringify(message ?? null));
      let waiting = false;
      for (const listener of [...listeners]) {
        let answered = false;
        const keepOpen = listener(cloned, sender, (response) => {
          answered = true;
          resolve(JSON.parse(JSON.stringify(response ?? null)));
        });
        if (keepOpen === true || answered) waiting = true;
      }
      if (!waiting) reject(new Error('Could not establish connection. Receiving end does not exist.'));
    });
  }

  function withCallback(delivery: Promise<unknown>, callback?: (response: unknown) => void) {
    delivery.then(
      (response) => callback?.(response),
      (error: Error) => {
        lastError = { message: error.message };
        callback?.(undefined);
        lastError = undefined;
      },
    );
  }

  const runtime = {
    get id() {
      return fakeBrowser.runtime.id;
    },
    get lastError() {
      return lastError;
    },
    getURL: fakeBrowser.runtime.getURL,
    getManifest: () => ({ permissions: ['storage'] }),
    onMessage: {
      addListener: (listener: Listener) => void listeners.push(listener),
      removeListener: (listener: Listener) => {
        const index = listeners.indexOf(listener);
        if (index >= 0) listeners.splice(index, 1);
      },
    },
    sendMessage: (message: unknown, callback?: (response: unknown) => void) => withCallback(deliverFrom({ id: fakeBrowser.runtime.id }, message), callback),
  };
  const tabs = {
    sendMessage: (_tabId: number, message: unknown, _options: unknown, callback?: (response: unknown) => void) =>
      withCallback(deliverFrom({ id: fakeBrowser.runtime.id }, message), callback),
  };
  const chrome = { ...fakeBrowser, runtime, tabs };
  return { chrome, deliverFrom, listenerCount: () => listeners.length };
}

/** Creates the double and makes it `globalThis.chrome`; call it inside vi.hoisted, before any import. */
export function installTestChrome() {
  const testChrome = createTestChrome();
  (globalThis as { chrome?: unknown }).chrome = testChrome.chrome;
  return testChrome;
}
