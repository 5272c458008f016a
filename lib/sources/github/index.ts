export { githubLoginFromUrl, githubPageKind, githubRepoFromUrl, type GitHubPageKind } from './github-url';
export { readGitHubPage } from './read-github-page';
