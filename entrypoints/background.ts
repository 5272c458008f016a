import { browser } from 'wxt/browser';
import { isOpenSessionPagesRequest, openSessionPagesToContentScripts } from '../components/shared/session-pages';
import { handleScreenRequest, isScreenRequest } from '../lib/messaging/handle-screen-request';
import type { TogglePanelMessage } from '../lib/messaging/messages';
import { screenDocument } from '../lib/screen/screen-document';
import { serveCandidateStoreWrites } from '../lib/storage/browser-candidate-store';
import { loadSettings } from '../lib/settings/settings-storage';
import { isPdfUrl, pdfPageUrl } from '../lib/settings/pdf-page-url';

// The engine (and its NLP) runs here, never in the page: content scripts only read and render.
export default defineBackground(() => {
  // storage.local has no compare-and-set: every tab's candidate writes are put in order here.
  serveCandidateStoreWrites();

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (!isScreenRequest(message) || sender.id !== browser.runtime.id) return undefined;
    void handleScreenRequest(message, async (document) => {
      // Read per request: a cached copy could lag behind the options page that just saved.
      const { role, mustHave } = await loadSettings();
      return screenDocument(document, { role, mustHave });
    }).then(sendResponse);
    return true;
  });

  // Content scripts keep the pages read of one person in storage.session (a profile and its "Show all" pages,
  // screened as one): memory only, this browser session only, and never the page's to read.
  void openSessionPagesToContentScripts().catch(() => undefined);
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (!isOpenSessionPagesRequest(message) || sender.id !== browser.runtime.id) return undefined;
    void openSessionPagesToContentScripts().then(
      () => sendResponse(true),
      () => sendResponse(false),
    );
    return true;
  });

  // The toolbar button opens the side panel (saved candidates) instead of a popup.
  void browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);

  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== 'toggle-panel' || tab?.id === undefined) return;
    // The built-in PDF viewer takes no content script: the shortcut opens the PDF page for that file.
    if (tab.url && isPdfUrl(tab.url)) {
      void browser.tabs.create({ url: pdfPageUrl(browser.runtime.getURL('/pdf.html'), tab.url), index: tab.index + 1 });
      return;
    }
    const message: TogglePanelMessage = { type: 'shipcheck:toggle-panel' };
    void browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
  });
});
