import { parseHTML } from 'linkedom';
import type { CandidateDocument } from '../lib/model/candidate-document';
import { readGitHubPage } from '../lib/sources/github';
import { isLinkedInProfileUrl, profileSlugOnPage, readLinkedInPage } from '../lib/sources/linkedin';
import { NotEnoughTextError } from '../lib/sources/not-enough-text-error';

export class UnknownPageError extends Error {}

type Site = 'linkedin' | 'github';

function siteOfUrl(url: string): Site | undefined {
  try {
    const host = new URL(url).hostname;
    if (host === 'linkedin.com' || host.endsWith('.linkedin.com')) return 'linkedin';
    if (host === 'github.com' || host.endsWith('.github.com')) return 'github';
  } catch {
    return undefined;
  }
  return undefined;
}

/** The URL a saved page was saved from: given, or its canonical link, or its og:url. */
function pageUrl(document: Document, given?: string): string | undefined {
  return (
    given ??
    document.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    document.querySelector('meta[property="og:url"]')?.getAttribute('content') ??
    undefined
  );
}

/** Saved pages often lose their <head>; LinkedIn's markup still names itself. */
function sniffLinkedIn(html: string): boolean {
  return /data-view-name="profile-card"|pv-profile-section|pv-top-card|profile-topcard|linkedin\.com\/in\//.test(html.slice(0, 2_000_000));
}

/** Reads a saved LinkedIn or GitHub page (.html) the way the content script reads the live one. */
export function readSavedPage(html: string, options: { url?: string; now?: Date } = {}): CandidateDocument {
  const { document } = parseHTML(html);
  const url = pageUrl(document, options.url);
  const site = url ? siteOfUrl(url) : sniffLinkedIn(html) ? 'linkedin' : undefined;
  if (site === 'linkedin') {
    // The feed, search results, a company or jobs page: other people's words, nothing about one candidate.
    if (url && !isLinkedInProfileUrl(url))
      throw new NotEnoughTextError(`${url} is a LinkedIn page but not a member profile; save the profile itself (linkedin.com/in/<name>/) and screen that.`);
    const slug = url ? undefined : profileSlugOnPage(document);
    return readLinkedInPage(document, url ?? `https://www.linkedin.com/in/${slug ?? 'unknown'}/`, options.now);
  }
  if (site === 'github' && url) return readGitHubPage(document, url);
  throw new UnknownPageError(url ? `${url} is not a LinkedIn or GitHub page` : 'cannot tell which site this page was saved from; pass its address with --url');
}
