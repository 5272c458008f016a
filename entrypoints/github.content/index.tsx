import '../../lib/model/zod';
import { CandidateNotes, candidateNotesCss } from '../../components/notes/candidate-notes';
import { PagePanelRuntime } from '../../components/shared/page-panel-runtime';
import { githubPageKind, readGitHubPage } from '../../lib/sources/github';

export default defineContentScript({
  // All of github.com: navigation between pages happens without page loads (Turbo).
  matches: ['https://github.com/*'],
  runAt: 'document_end',
  cssInjectionMode: 'manual',
  noScriptStartedPostMessage: true,
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
      {
        extraCss: candidateNotesCss,
        renderSave: (screening, document) => <CandidateNotes screening={screening} document={document} />,
      },
    );
    void runtime.start();
  },
});
