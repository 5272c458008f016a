import type { PageRead } from '../../components/shared/page-machine';
import { isLinkedInRecruiterProfileUrl, linkedInSlugFromUrl } from '../../lib/sources/linkedin/linkedin-url';
import { profileSlugOnPage, readLinkedInPage } from '../../lib/sources/linkedin/read-linkedin-page';

/**
 * What a LinkedIn page shows, judged against its address: the member the address names (a /in/ profile, one of its
 * "Show all" pages, a Recruiter profile), only their top card, or something else, said in words a recruiter can act on.
 */
export function readLinkedInPageState(root: ParentNode, url: string): PageRead {
  const urlSlug = linkedInSlugFromUrl(url);
  const pageSlug = profileSlugOnPage(root);
  // Just after an in-page navigation the page still shows the previous member (Recruiter addresses name no slug).
  if (urlSlug && pageSlug && urlSlug !== pageSlug) {
    return {
      kind: 'elsewhere',
      explanation: `The page still shows the profile /in/${pageSlug}/, not /in/${urlSlug}/ from the address. It is screened as soon as the page shows it; if that never happens, reload the page.`,
    };
  }
  const document = readLinkedInPage(root, url);
  if (document.sections.length > 0 && document.person.name) return { kind: 'shown', document };
  if (document.sections.length > 0 || document.person.name) return { kind: 'sparse', document };
  const what = isLinkedInRecruiterProfileUrl(url) ? 'Recruiter profile' : 'profile';
  return {
    kind: 'elsewhere',
    explanation: `LinkedIn shows no ${what} on this page yet: no name and no sections. It is screened as soon as they appear; if you were signed out, sign in and reload.`,
  };
}
