import '../../lib/model/zod';
import { CANDIDATE_NOTES_SLOT } from '../../components/shared/candidate-notes-slot';
import { PagePanelRuntime } from '../../components/shared/page-panel-runtime';
import { PAGE_PANEL_SCRIPT_OPTIONS } from '../../components/shared/page-panel-script-options';
import { githubPageKind, readGitHubPage } from '../../lib/sources/github';

export default defineContentScript({
  // All of github.com: navigation between pages happens without page loads (Turbo).
  matches: ['https://github.com/*'],
  ...PAGE_PANEL_SCRIPT_OPTIONS,
  main(ctx) {
    const runtime = new PagePanelRuntime(
      ctx,
      {
        site: 'github',
        isScreenable: (url) => githubPageKind(url) !== undefined,
        read(url) {
          // The reader returns no sections while the page still shows another user or repository.
          const document = readGitHubPage(window.document, url);
          return document.sections.length > 0 ? document : undefined;
        },
      },
      CANDIDATE_NOTES_SLOT,
    );
    void runtime.start();
  },
});
