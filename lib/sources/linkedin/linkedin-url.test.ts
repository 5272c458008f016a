import { describe, expect, it } from 'vitest';
import { isLinkedInProfileUrl, isLinkedInRecruiterProfileUrl, linkedInDetailsSection, linkedInSlugFromUrl, ownProfileSlugOfLink } from './linkedin-url';

describe('LinkedIn URLs', () => {
  it.each([
    ['https://www.linkedin.com/in/ada-kowalczyk-ml/', 'ada-kowalczyk-ml'],
    ['https://www.linkedin.com/in/Ada-Kowalczyk-ML?trk=public', 'ada-kowalczyk-ml'],
    ['https://de.linkedin.com/in/thilde-markstr%C3%B6m-02a5192b7', 'thilde-markström-02a5192b7'],
    ['https://www.linkedin.com/in/ada-kowalczyk-ml/details/experience/', 'ada-kowalczyk-ml'],
    ['https://linkedin.com/in/x%E0%A4%A', 'x%e0%a4%a'],
  ])('%s is the profile %s', (url, slug) => {
    expect(isLinkedInProfileUrl(url)).toBe(true);
    expect(linkedInSlugFromUrl(url)).toBe(slug);
  });

  it.each([
    'https://www.linkedin.com/feed/',
    'https://www.linkedin.com/company/northwind/',
    'https://evil.example/?u=linkedin.com/in/ada',
    'https://www.linkedin.com/talent/profile/AEMAAB',
  ])('%s is not a member profile', (url) => {
    expect(isLinkedInProfileUrl(url)).toBe(false);
    expect(linkedInSlugFromUrl(url)).toBeUndefined();
  });

  it('names the details section of a details page', () => {
    expect(linkedInDetailsSection('https://www.linkedin.com/in/ada/details/experience/')).toBe('experience');
    expect(linkedInDetailsSection('https://www.linkedin.com/in/ada/')).toBeUndefined();
  });

  it('recognises the links only the profile owner page carries', () => {
    expect(ownProfileSlugOfLink('/in/ada-kowalczyk-ml/overlay/contact-info/')).toBe('ada-kowalczyk-ml');
    expect(ownProfileSlugOfLink('https://www.linkedin.com/in/lena-moritz-data?miniProfileUrn=urn')).toBeUndefined();
  });

  it.each([
    'https://www.linkedin.com/talent/profile/AEMAABcD3fG',
    'https://www.linkedin.com/talent/hire/41200/discover/recruiterSearch/profile/AEMAABcD3fG?searchContextId=1',
    'https://www.linkedin.com/recruiter/profile/31337,Xy1z,CAP',
  ])('%s is a Recruiter profile', (url) => {
    expect(isLinkedInRecruiterProfileUrl(url)).toBe(true);
  });

  it.each([
    'https://www.linkedin.com/talent/hire/41200/discover/recruiterSearch',
    'https://www.linkedin.com/recruiter/search?jobTitle=ML',
    'https://www.linkedin.com/sales/lead/ACwAA,NAME_SEARCH',
    'https://www.linkedin.com/in/ada-kowalczyk-ml/',
    'https://evil.example/talent/profile/AEMAAB',
  ])('%s is not a Recruiter profile', (url) => {
    expect(isLinkedInRecruiterProfileUrl(url)).toBe(false);
  });
});
