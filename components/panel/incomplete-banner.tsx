import type { Incompleteness } from '../../lib/model/candidate-document';

/** Links only to the page's own site: a hostile page must not turn the banner into a script link. */
export function safeSeeAllUrl(url: string | undefined, pageUrl: string): string | undefined {
  if (!url) return undefined;
  try {
    const resolved = new URL(url, pageUrl);
    return resolved.protocol === 'https:' || resolved.protocol === 'http:' ? resolved.href : undefined;
  } catch {
    return undefined;
  }
}

export function IncompleteBanner({ incomplete, pageUrl }: { incomplete: readonly Incompleteness[]; pageUrl: string }) {
  if (incomplete.length === 0) return null;
  return (
    <div className="banner" role="status" data-testid="incomplete-banner">
      <strong>Incomplete analysis:</strong> this page hides part of the profile.
      <ul>
        {incomplete.map((item, index) => {
          const href = safeSeeAllUrl(item.seeAllUrl, pageUrl);
          return (
            <li key={index}>
              {item.message}
              {href && (
                <>
                  {' '}
                  <a href={href}>Open the full list</a>
                </>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
