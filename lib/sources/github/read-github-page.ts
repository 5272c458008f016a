import type { CandidateDocument, Section } from '../../model/candidate-document';
import { githubLoginFromUrl, githubPageKind, githubRepoFromUrl } from './github-url';
import { loginOnProfilePage, readGitHubProfile } from './read-github-profile';
import { readGitHubRepo, repoOnPage } from './read-github-repo';

function ids(): () => string {
  let n = 0;
  return () => `github-${n++}`;
}

/**
 * Reads a GitHub user profile or repository page from the DOM (DOM APIs only; no GitHub API calls).
 * When the page on screen is not the one in the URL (Turbo navigation not finished), nothing is read.
 */
export function readGitHubPage(root: ParentNode, url: string, now: Date = new Date()): CandidateDocument {
  const kind = githubPageKind(url);
  const login = githubLoginFromUrl(url);
  const base = { source: 'github' as const, url, capturedAt: now.toISOString(), incomplete: [] as CandidateDocument['incomplete'] };
  const empty = (warning: string): CandidateDocument => ({
    ...base,
    identity: login ? { kind: 'github', id: login } : undefined,
    person: { links: [] },
    sections: [],
    warnings: [warning],
  });
  if (!kind || !login) return empty('not a GitHub user or repository page');
  const nextId = ids();

  if (kind === 'user') {
    const shown = loginOnProfilePage(root);
    if (shown && shown !== login)
      return {
        ...empty(`profile mismatch: page shows ${shown}, URL names ${login}; nothing was read`),
        incomplete: [{ message: `The page still shows ${shown}: read again once ${login} has loaded` }],
      };
    const { person, sections } = readGitHubProfile(root, login, nextId);
    return {
      ...base,
      identity: { kind: 'github', id: login },
      person: { ...person, links: [`https://github.com/${login}`, ...person.links] },
      sections,
      warnings: sections.length || person.name ? [] : ['no profile content found on this page'],
    };
  }

  const repo = githubRepoFromUrl(url) ?? login;
  const shown = repoOnPage(root);
  if (shown && shown !== repo.toLowerCase())
    return {
      ...empty(`repository mismatch: page shows ${shown}, URL names ${repo}; nothing was read`),
      incomplete: [{ message: `The page still shows ${shown}: read again once ${repo} has loaded` }],
    };
  const sections: Section[] = readGitHubRepo(root, repo, nextId);
  return {
    ...base,
    identity: { kind: 'github', id: login },
    person: { links: [`https://github.com/${login}`] },
    sections,
    warnings: [],
  };
}
