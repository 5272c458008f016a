import { browser } from 'wxt/browser';
import { serveSessionPages } from '../components/shared/session-pages';
import { serveScreening } from '../lib/messaging/handle-screen-request';
import { sendMessage } from '../lib/messaging/protocol';
import { servePageSettings } from '../lib/messaging/serve-page-settings';
import { screenDocument } from '../lib/screen/screen-document';
import { capDocumentText } from '../lib/sources/cap-document-text';
import { serveCandidateStoreWrites } from '../lib/storage/browser-candidate-store';
import { loadSettings } from '../lib/settings/settings-storage';
import { isPdfUrl, pdfPageUrl } from '../lib/settings/pdf-page-url';
import { openCandidatesFromToolbar } from '../lib/toolbar/open-candidates-from-toolbar';

// The engine (and its NLP) runs here, never in the page: content scripts only read and render.
export default defineBackground(() => {
  // storage.local has no compare-and-set: every tab's candidate writes are put in order here. Content scripts'
  // reads are answered here too, and their settings: they carry no schemas to check what they would read.
  serveCandidateStoreWrites();
  servePageSettings();

  serveScreening(async (document) => {
    // Read per request: a cached copy could lag behind the options page that just saved.
    const { role, mustHave } = await loadSettings();
    // A page can hold any amount of text; the engine screens the first part and the panel says so.
    return screenDocument(capDocumentText(document), { role, mustHave });
  });

  // Content scripts keep the pages read of one person in storage.session (a profile and its "Show all" pages,
  // screened as one): memory only, this browser session only, and never the page's to read.
  serveSessionPages();

  // The toolbar button opens the saved candidates (Chrome's side panel, Firefox's sidebar) instead of a popup.
  openCandidatesFromToolbar(browser);

  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== 'toggle-panel' || tab?.id === undefined) return;
    // The built-in PDF viewer takes no content script: the shortcut opens the PDF page for that file.
    if (tab.url && isPdfUrl(tab.url)) {
      void browser.tabs.create({ url: pdfPageUrl(browser.runtime.getURL('/pdf.html'), tab.url), index: tab.index + 1 });
      return;
    }
    // A tab without Shipcheck's content script has nobody to answer: nothing to toggle there.
    void sendMessage('togglePanel', undefined, tab.id).catch(() => undefined);
  });
});
