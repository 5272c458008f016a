import '../../lib/model/zod';
import { CANDIDATE_NOTES_SLOT } from '../../components/shared/candidate-notes-slot';
import { PagePanelRuntime } from '../../components/shared/page-panel-runtime';
import { PAGE_PANEL_SCRIPT_OPTIONS } from '../../components/shared/page-panel-script-options';
import { isLinkedInProfileUrl, linkedInSlugFromUrl } from '../../lib/sources/linkedin/linkedin-url';
import { readLinkedInPage } from '../../lib/sources/linkedin/read-linkedin-page';

export default defineContentScript({
  // All of linkedin.com: the site is a single-page app, so a profile can open without a page load.
  matches: ['https://www.linkedin.com/*'],
  ...PAGE_PANEL_SCRIPT_OPTIONS,
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
      CANDIDATE_NOTES_SLOT,
    );
    void runtime.start();
  },
});
