import type { PageRead } from '../../components/shared/page-machine';
import { githubLoginFromUrl, githubPageKind, githubRepoFromUrl, readGitHubPage } from '../../lib/sources/github';
import { loginOnProfilePage } from '../../lib/sources/github/read-github-profile';
import { repoOnPage } from '../../lib/sources/github/read-github-repo';

/**
 * What a GitHub page shows, judged against its address: the user or repository it names, or (just after a Turbo
 * navigation) still the previous one. A page of the right user with nothing to read (no bio, no repositories) is
 * screened as it is, once the page has settled, and gets "Not enough evidence".
 */
export function readGitHubPageState(root: ParentNode, url: string): PageRead {
  const repo = githubPageKind(url) === 'repo';
  const named = repo ? githubRepoFromUrl(url) : githubLoginFromUrl(url);
  const onPage = repo ? repoOnPage(root) : loginOnProfilePage(root);
  if (named && onPage && onPage !== named.toLowerCase()) {
    return {
      kind: 'elsewhere',
      explanation: `The page still shows ${onPage}, not ${named} from the address. It is screened as soon as GitHub shows it; if that never happens, reload the page.`,
    };
  }
  const document = readGitHubPage(root, url);
  return document.sections.length > 0 ? { kind: 'shown', document } : { kind: 'sparse', document };
}
