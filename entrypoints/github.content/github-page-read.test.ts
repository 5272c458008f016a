import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readGitHubPageState } from './github-page-read';

function page(name: string): Document {
  const html = readFileSync(new URL(`../../tests/fixtures/github/${name}`, import.meta.url), 'utf8');
  return parseHTML(html).document as unknown as Document;
}

describe('readGitHubPageState', () => {
  it('a profile that shows the user in the address', () => {
    expect(readGitHubPageState(page('ml-user-profile.html'), 'https://github.com/msolberg-ml').kind).toBe('shown');
  });

  it('the previous user still on screen after a Turbo navigation, said with both names', () => {
    const read = readGitHubPageState(page('ml-user-profile.html'), 'https://github.com/another-login');
    expect(read).toEqual({ kind: 'elsewhere', explanation: expect.stringContaining('still shows msolberg-ml, not another-login') });
  });

  it('a user page with nothing to read is screened as it is (sparse), not waited for', () => {
    const empty = parseHTML('<html><body><main><span itemprop="additionalName">quiet-user</span></main></body></html>').document as unknown as Document;
    expect(readGitHubPageState(empty, 'https://github.com/quiet-user').kind).toBe('sparse');
  });
});
