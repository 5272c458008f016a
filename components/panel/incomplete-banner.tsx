import { useState } from 'react';
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

const SHOWN_AT_ONCE = 2;

export function IncompleteBanner({ incomplete, pageUrl }: { incomplete: readonly Incompleteness[]; pageUrl: string }) {
  const [all, setAll] = useState(false);
  if (incomplete.length === 0) return null;
  const shown = all ? incomplete : incomplete.slice(0, SHOWN_AT_ONCE);
  return (
    <div className="banner" role="status" data-testid="incomplete-banner">
      <strong>Incomplete analysis:</strong> part of the profile was not screened.
      <ul>
        {shown.map((item, index) => {
          const href = safeSeeAllUrl(item.seeAllUrl, pageUrl);
          return (
            <li key={index}>
              {item.message}
              {href && (
                <>
                  {' '}
                  <a href={href}>Show all</a>
                </>
              )}
            </li>
          );
        })}
      </ul>
      {incomplete.length > SHOWN_AT_ONCE && (
        <button type="button" className="link-button" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? 'Show fewer' : `${incomplete.length - SHOWN_AT_ONCE} more`}
        </button>
      )}
    </div>
  );
}
