const PROFILE_PATH = /^https?:\/\/(?:[a-z]{2,3}\.|www\.)?linkedin\.com\/in\/([^/?#\s]+)/i;
const OWN_PROFILE_LINK = /\/in\/([^/?#\s]+)\/(?:overlay|details|detail|recent-activity|edit)\//i;

/** The canonical form of a profile slug: URL-decoded, lower-case (LinkedIn slugs are case-insensitive). */
export function canonicalSlug(raw: string): string {
  let slug = raw;
  try {
    slug = decodeURIComponent(raw);
  } catch {
    // A malformed escape stays as printed: the slug is still a usable key.
  }
  return slug.trim().toLowerCase();
}

/** Cheap check for a member profile page or one of its /details/ pages (no DOM needed). */
export function isLinkedInProfileUrl(url: string): boolean {
  return PROFILE_PATH.test(url);
}

/** The profile slug in a linkedin.com/in/<slug>/... URL, canonical; undefined for any other URL. */
export function linkedInSlugFromUrl(url: string): string | undefined {
  const m = PROFILE_PATH.exec(url);
  return m ? canonicalSlug(m[1]) : undefined;
}

/** The /details/<section>/ page that lists a whole section ("experience", "skills", "certifications", ...). */
export function linkedInDetailsUrl(slug: string, section: string): string {
  return `https://www.linkedin.com/in/${encodeURIComponent(slug)}/details/${section}/`;
}

/** The /details/<section>/ segment when the URL is such a page. */
export function linkedInDetailsSection(url: string): string | undefined {
  const m = /linkedin\.com\/in\/[^/?#\s]+\/details\/([a-z-]+)/i.exec(url);
  return m ? m[1].toLowerCase() : undefined;
}

/** The slug of a link that only the profile owner's own page carries (contact info, details, activity). */
export function ownProfileSlugOfLink(href: string): string | undefined {
  const m = OWN_PROFILE_LINK.exec(href);
  return m ? canonicalSlug(m[1]) : undefined;
}

const RECRUITER_PROFILE_PATH = /^https:\/\/www\.linkedin\.com\/(?:talent\/(?:[^?#\s]*\/)?profile|recruiter\/profile)\/[^/?#\s]+/i;

/**
 * A profile opened in LinkedIn Recruiter (/talent/.../profile/<id>, and the older /recruiter/profile/<id>). Its
 * address carries Recruiter's own id, not the member's slug: the page's "Public profile" link names the member.
 */
export function isLinkedInRecruiterProfileUrl(url: string): boolean {
  return RECRUITER_PROFILE_PATH.test(url);
}
