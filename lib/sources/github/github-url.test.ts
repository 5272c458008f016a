import { describe, expect, it } from 'vitest';
import { githubLoginFromUrl, githubPageKind, githubRepoFromUrl } from './github-url';
import { parseCount } from './read-github-profile';

describe('GitHub URLs', () => {
  it.each([
    ['https://github.com/msolberg-ml', 'user', 'msolberg-ml', undefined],
    ['https://github.com/MSolberg-ML?tab=repositories', 'user', 'msolberg-ml', undefined],
    ['https://github.com/msolberg-ml/forecast-serving', 'repo', 'msolberg-ml', 'msolberg-ml/forecast-serving'],
    ['https://github.com/msolberg-ml/forecast-serving/tree/main/serving', 'repo', 'msolberg-ml', 'msolberg-ml/forecast-serving'],
    ['https://github.com/msolberg-ml/forecast-serving/issues', undefined, 'msolberg-ml', 'msolberg-ml/forecast-serving'],
    ['https://github.com/settings/profile', undefined, undefined, undefined],
    ['https://github.com/topics/mlops', undefined, undefined, undefined],
    ['https://gist.github.com/msolberg-ml', undefined, undefined, undefined],
    ['https://github.com.evil.example/msolberg-ml', undefined, undefined, undefined],
    ['not a url', undefined, undefined, undefined],
  ])('%s', (url, kind, login, repo) => {
    expect(githubPageKind(url)).toBe(kind);
    expect(githubLoginFromUrl(url)).toBe(login);
    expect(githubRepoFromUrl(url)).toBe(repo);
  });
});

describe('parseCount', () => {
  it.each([
    ['412', 412],
    ['1.1k', 1100],
    ['2,304', 2304],
    [' 23 ', 23],
    ['stars', undefined],
  ])('%s -> %s', (raw, n) => {
    expect(parseCount(raw)).toBe(n);
  });
});
