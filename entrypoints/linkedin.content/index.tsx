import '../../lib/model/zod';
import { CandidateNotes, candidateNotesCss } from '../../components/notes/candidate-notes';
import { PagePanelRuntime } from '../../components/shared/page-panel-runtime';
import { isLinkedInProfileUrl, linkedInSlugFromUrl } from '../../lib/sources/linkedin/linkedin-url';
import { readLinkedInPage } from '../../lib/sources/linkedin/read-linkedin-page';

export default defineContentScript({
  // All of linkedin.com: the site is a single-page app, so a profile can open without a page load.
  matches: ['https://www.linkedin.com/*'],
  runAt: 'document_end',
  cssInjectionMode: 'manual',
  // The default start-up postMessage carries the extension's id into the page.
  noScriptStartedPostMessage: true,
  main(ctx) {
    const runtime = new PagePanelRuntime(
      ctx,
      {
        site: 'linkedin',
        isScreenable: isLinkedInProfileUrl,
        read(url) {
          const document = readLinkedInPage(window.document, url);
          // The page must show the profile the address names (the reader returns no sections when the
          // profile on screen is another one, as just after an in-page navigation).
          const slug = linkedInSlugFromUrl(url);
          const shown = slug !== undefined && document.identity?.id === slug && document.sections.length > 0;
          return shown && document.person.name ? document : undefined;
        },
      },
      {
        extraCss: candidateNotesCss,
        renderSave: (screening, document) => <CandidateNotes screening={screening} document={document} />,
      },
    );
    void runtime.start();
  },
});
