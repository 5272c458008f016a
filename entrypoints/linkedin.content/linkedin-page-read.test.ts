import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readLinkedInPageState } from './linkedin-page-read';
import { unsupportedLinkedInPage } from './unsupported-linkedin-page';

function page(name: string): Document {
  const html = readFileSync(new URL(`../../tests/fixtures/linkedin/${name}`, import.meta.url), 'utf8');
  return parseHTML(html).document as unknown as Document;
}

describe('readLinkedInPageState', () => {
  it('a profile that shows the member in the address', () => {
    const read = readLinkedInPageState(page('ml-engineer-profile.html'), 'https://www.linkedin.com/in/ada-kowalczyk-ml/');
    expect(read.kind).toBe('shown');
  });

  it('the previous profile still on screen after an in-page navigation, said with both addresses', () => {
    const read = readLinkedInPageState(page('ml-engineer-profile.html'), 'https://www.linkedin.com/in/jonas-brandt-data/');
    expect(read).toEqual({ kind: 'elsewhere', explanation: expect.stringContaining('/in/ada-kowalczyk-ml/, not /in/jonas-brandt-data/') });
  });

  it('a profile with only its top card is sparse: screened once the page settles, never an error', () => {
    const read = readLinkedInPageState(page('sparse-profile.html'), 'https://www.linkedin.com/in/tomasz-wierzba-ml/');
    expect(read.kind).toBe('sparse');
    expect(read.kind !== 'elsewhere' && read.document.person.headline).toBe('Machine Learning Engineer | recommender systems');
  });

  it('a Recruiter profile, as the member its public profile link names', () => {
    const read = readLinkedInPageState(page('recruiter-profile.html'), 'https://www.linkedin.com/talent/profile/AEMAAFixtureInes01');
    expect(read.kind).toBe('shown');
    expect(read.kind !== 'elsewhere' && read.document.identity).toEqual({ kind: 'linkedin', id: 'ines-halvorsen-ml' });
  });

  it('a page with no name and no section says that nothing of a profile is there', () => {
    const empty = parseHTML('<html><head><title>LinkedIn</title></head><body><main></main></body></html>').document as unknown as Document;
    const read = readLinkedInPageState(empty, 'https://www.linkedin.com/in/tomasz-wierzba-ml/');
    expect(read).toEqual({ kind: 'elsewhere', explanation: expect.stringContaining('LinkedIn shows no profile on this page yet') });
  });
});

describe('unsupportedLinkedInPage', () => {
  it.each([
    ['https://www.linkedin.com/feed/', 'This is the feed, not a profile.'],
    ['https://www.linkedin.com/search/results/people/?keywords=mlops', 'This is search results, not a profile.'],
    ['https://www.linkedin.com/sales/lead/ACwAAB,NAME_SEARCH', 'This is Sales Navigator, not a profile.'],
    ['https://www.linkedin.com/talent/hire/41200/discover/recruiterSearch', 'This is a Recruiter page, not a profile.'],
    ['https://www.linkedin.com/groups/31337/', 'This page is not a profile.'],
  ])('%s', (url, opening) => {
    const said = unsupportedLinkedInPage(url);
    expect(said.startsWith(opening)).toBe(true);
    expect(said).toContain('LinkedIn member profiles (linkedin.com/in/…)');
  });
});
