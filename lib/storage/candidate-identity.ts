import type { CandidateDocument, Identity } from '../model/candidate-document';

// GitHub paths that are site pages, not user logins.
const GITHUB_RESERVED = new Set([
  'about',
  'apps',
  'collections',
  'contact',
  'customer-stories',
  'enterprise',
  'events',
  'explore',
  'features',
  'issues',
  'login',
  'marketplace',
  'new',
  'notifications',
  'orgs',
  'organizations',
  'pricing',
  'pulls',
  'search',
  'settings',
  'signup',
  'sponsors',
  'topics',
  'trending',
  'join',
  'site',
  'security',
  'codespaces',
]);

export function identityKey(identity: Identity): string {
  return `${identity.kind}:${identity.id}`;
}

export function parseIdentityKey(key: string): Identity | undefined {
  const at = key.indexOf(':');
  const kind = key.slice(0, at);
  const id = key.slice(at + 1);
  if (at <= 0 || !id) return undefined;
  if (kind !== 'linkedin' && kind !== 'github' && kind !== 'pdf' && kind !== 'file') return undefined;
  return { kind, id };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function parseUrl(raw: string): URL | undefined {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`;
  try {
    return new URL(withScheme);
  } catch {
    return undefined;
  }
}

/** The LinkedIn slug or GitHub login a URL points at, in the form used as a storage identity. */
export function identityFromUrl(raw: string): Identity | undefined {
  const url = parseUrl(raw.trim());
  if (!url) return undefined;
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const parts = url.pathname.split('/').filter(Boolean);
  if (host === 'linkedin.com' || host.endsWith('.linkedin.com')) {
    if (parts[0] !== 'in' || !parts[1]) return undefined;
    return { kind: 'linkedin', id: safeDecode(parts[1]).toLowerCase() };
  }
  if (host === 'github.com') {
    const login = parts[0]?.toLowerCase();
    if (!login || GITHUB_RESERVED.has(login) || !/^[a-z0-9-]{1,39}$/.test(login)) return undefined;
    return { kind: 'github', id: login };
  }
  return undefined;
}

/** A short, stable hash (FNV-1a, 2x32 bits) for documents that carry no identity of their own. */
export function stableHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

/** Who the document is about: the adapter's identity, else one read from its URL, else a hash of its text. */
export function documentIdentity(document: CandidateDocument): Identity {
  if (document.identity) return normaliseIdentity(document.identity);
  const fromUrl = document.url ? identityFromUrl(document.url) : undefined;
  if (fromUrl) return fromUrl;
  const text = [document.person.name ?? '', ...document.sections.flatMap((s) => s.blocks.map((b) => b.text))].join('\n');
  return { kind: 'file', id: stableHash(text) };
}

function normaliseIdentity(identity: Identity): Identity {
  if (identity.kind === 'linkedin' || identity.kind === 'github') return { kind: identity.kind, id: safeDecode(identity.id).toLowerCase() };
  return identity;
}

/** Identity keys of the other profiles a document names (a resume listing its LinkedIn and GitHub URLs). */
export function mentionedIdentityKeys(document: CandidateDocument): string[] {
  const own = identityKey(documentIdentity(document));
  const keys = new Set<string>();
  for (const link of document.person.links) {
    const identity = identityFromUrl(link);
    if (identity) keys.add(identityKey(identity));
  }
  keys.delete(own);
  return [...keys];
}

/** The address to open for an identity, when it has one on the web. */
export function profileUrlOf(identity: Identity): string | undefined {
  if (identity.kind === 'linkedin') return `https://www.linkedin.com/in/${encodeURIComponent(identity.id)}/`;
  if (identity.kind === 'github') return `https://github.com/${identity.id}`;
  return undefined;
}
