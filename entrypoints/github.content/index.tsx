import { candidateNotesSlot } from '../../components/shared/candidate-notes-slot';
import { PagePanelRuntime } from '../../components/shared/page-panel-runtime';
import { PAGE_PANEL_SCRIPT_OPTIONS } from '../../components/shared/page-panel-script-options';
import { pageCandidateStore } from '../../lib/storage/store-client';
import { githubPageKind } from '../../lib/sources/github';
import { readGitHubPageState } from './github-page-read';

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
        read: (url) => readGitHubPageState(window.document, url),
        unsupported: () =>
          'This GitHub page is not a user profile or a repository. Shipcheck screens GitHub profiles (github.com/<user>) and repositories: open one and the panel appears.',
      },
      candidateNotesSlot(pageCandidateStore),
    );
    runtime.start();
  },
});
