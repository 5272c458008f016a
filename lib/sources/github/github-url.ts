// First path segments that are GitHub's own pages, not users.
const RESERVED = new Set([
  'about',
  'account',
  'apps',
  'codespaces',
  'collections',
  'contact',
  'copilot',
  'customer-stories',
  'dashboard',
  'enterprise',
  'events',
  'explore',
  'features',
  'issues',
  'join',
  'login',
  'logout',
  'marketplace',
  'models',
  'new',
  'notifications',
  'orgs',
  'organizations',
  'pricing',
  'pulls',
  'readme',
  'resources',
  'search',
  'security',
  'sessions',
  'settings',
  'signup',
  'site',
  'solutions',
  'sponsors',
  'stars',
  'team',
  'topics',
  'trending',
  'users',
  'watching',
]);
const LOGIN = /^[a-z\d](?:[a-z\d]|-(?=[a-z\d])){0,38}$/i;
const REPO = /^[\w.-]{1,100}$/;

export type GitHubPageKind = 'user' | 'repo';

function segmentsOf(url: string): string[] | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (!/^(www\.)?github\.com$/i.test(parsed.hostname) || !/^https?:$/.test(parsed.protocol)) return undefined;
  const segments = parsed.pathname.split('/').filter(Boolean);
  if (segments.length === 0 || !LOGIN.test(segments[0]) || RESERVED.has(segments[0].toLowerCase())) return undefined;
  return segments;
}

/** A user profile (github.com/<login>), a repository overview (github.com/<owner>/<repo>[/tree/...]), or neither. */
export function githubPageKind(url: string): GitHubPageKind | undefined {
  const segments = segmentsOf(url);
  if (!segments) return undefined;
  if (segments.length === 1) return 'user';
  if (!REPO.test(segments[1])) return undefined;
  if (segments.length === 2 || segments[2] === 'tree') return 'repo';
  return undefined;
}

/** The login (lower-case: GitHub logins are case-insensitive) of a user or repository URL. */
export function githubLoginFromUrl(url: string): string | undefined {
  return segmentsOf(url)?.[0].toLowerCase();
}

/** "owner/repo" of a repository URL, as written in the URL. */
export function githubRepoFromUrl(url: string): string | undefined {
  const segments = segmentsOf(url);
  return segments && segments.length >= 2 && REPO.test(segments[1]) ? `${segments[0]}/${segments[1].replace(/\.git$/, '')}` : undefined;
}
