import { candidateNotesSlot } from '../../components/shared/candidate-notes-slot';
import { PagePanelRuntime } from '../../components/shared/page-panel-runtime';
import { PAGE_PANEL_SCRIPT_OPTIONS } from '../../components/shared/page-panel-script-options';
import { pageCandidateStore } from '../../lib/storage/store-client';
import { rememberPage } from '../../components/shared/session-pages';
import { combineLinkedInPages } from '../../lib/sources/linkedin/combine-linkedin-pages';
import { isLinkedInProfileUrl, isLinkedInRecruiterProfileUrl, linkedInDetailsSection } from '../../lib/sources/linkedin/linkedin-url';
import { readLinkedInPageState } from './linkedin-page-read';
import { unsupportedLinkedInPage } from './unsupported-linkedin-page';

export default defineContentScript({
  // All of linkedin.com: the site is a single-page app, so a profile can open without a page load.
  matches: ['https://www.linkedin.com/*'],
  ...PAGE_PANEL_SCRIPT_OPTIONS,
  main(ctx) {
    const runtime = new PagePanelRuntime(
      ctx,
      {
        site: 'linkedin',
        isScreenable: (url) => isLinkedInProfileUrl(url) || isLinkedInRecruiterProfileUrl(url),
        read: (url) => readLinkedInPageState(window.document, url),
        // A profile and its "Show all" pages are one person: screened, and saved, as one document.
        async combine(document) {
          const person = document.identity?.id;
          if (!person) return document;
          const pages = await rememberPage(`linkedin:${person}`, linkedInDetailsSection(document.url ?? '') ?? 'profile', document);
          return combineLinkedInPages(pages) ?? document;
        },
        unsupported: unsupportedLinkedInPage,
      },
      candidateNotesSlot(pageCandidateStore),
    );
    runtime.start();
  },
});
