import { describe, expect, it } from 'vitest';
import { documentIdentity, identityFromUrl, mentionedIdentityKeys, parseIdentityKey } from './candidate-identity';
import { sampleDocument } from './synthetic-candidates';

describe('identityFromUrl', () => {
  it.each([
    ['https://www.linkedin.com/in/Ada-Example/', { kind: 'linkedin', id: 'ada-example' }],
    ['linkedin.com/in/ada-example', { kind: 'linkedin', id: 'ada-example' }],
    ['https://de.linkedin.com/in/j%C3%BCrgen-x/details/experience/', { kind: 'linkedin', id: 'jürgen-x' }],
    ['https://github.com/Ada-Ex', { kind: 'github', id: 'ada-ex' }],
    ['https://github.com/ada-ex/ranker', { kind: 'github', id: 'ada-ex' }],
  ])('reads %s', (url, identity) => {
    expect(identityFromUrl(url)).toEqual(identity);
  });

  it.each([
    'https://www.linkedin.com/company/acme/',
    'https://www.linkedin.com/feed/',
    'https://github.com/orgs/acme',
    'https://github.com/topics/mlops',
    'https://gitlab.com/ada',
    'not a url at all',
    '',
  ])('finds no person in %s', (url) => {
    expect(identityFromUrl(url)).toBeUndefined();
  });
});

describe('documentIdentity', () => {
  it('prefers the adapter identity, then the URL, then a hash of the text', () => {
    expect(documentIdentity(sampleDocument('ada'))).toEqual({ kind: 'linkedin', id: 'ada' });
    expect(documentIdentity(sampleDocument('ada', { identity: undefined, url: 'https://github.com/ada-ex' }))).toEqual({ kind: 'github', id: 'ada-ex' });
    const hashed = documentIdentity(sampleDocument('ada', { identity: undefined, url: undefined }));
    expect(hashed.kind).toBe('file');
    expect(documentIdentity(sampleDocument('ada', { identity: undefined, url: undefined }))).toEqual(hashed);
  });
});

describe('mentionedIdentityKeys', () => {
  it('lists the profiles a document links to, without itself', () => {
    const document = sampleDocument('ada', {
      person: { links: ['https://www.linkedin.com/in/ada/', 'github.com/ada-ex', 'https://ada.example.com'] },
    });
    expect(mentionedIdentityKeys(document)).toEqual(['github:ada-ex']);
  });
});

describe('parseIdentityKey', () => {
  it.each([
    ['linkedin:ada', { kind: 'linkedin', id: 'ada' }],
    ['pdf:ab:cd', { kind: 'pdf', id: 'ab:cd' }],
    ['twitter:ada', undefined],
    ['linkedin:', undefined],
    ['nocolon', undefined],
  ])('%s', (key, identity) => {
    expect(parseIdentityKey(key)).toEqual(identity);
  });
});
