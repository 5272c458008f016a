import { HIGHLIGHT_KINDS } from '../../lib/highlight/highlight-kinds';
import type { HighlightGroups } from './use-highlights';

/** Legend of the colours in use, next/previous through the highlighted sentences, and the all-off switch. */
export function HighlightToolbar({ groups }: { groups: HighlightGroups }) {
  if (!groups.available) return null;
  const on = groups.activeCount > 0;
  const stops = groups.summary?.stops ?? 0;
  return (
    <div className="toolbar" role="toolbar" aria-label="Page highlights" data-found={groups.summary?.found ?? 0} data-missing={groups.summary?.missing ?? 0}>
      <div className="legend" aria-label="Legend">
        {on ? (
          groups.kinds.map((kind) => (
            <span key={kind}>
              <span className="swatch" style={{ background: `var(--kind-${kind})` }} aria-hidden="true" />
              {HIGHLIGHT_KINDS[kind].label}
            </span>
          ))
        ) : (
          <span>Press “Show” on any item to highlight its sentences in the page.</span>
        )}
      </div>
      {on && (
        <div className="nav">
          <button type="button" className="icon-button" aria-label="Previous highlight" onClick={() => groups.step(-1)} disabled={stops === 0}>
            ‹
          </button>
          <span aria-live="polite" data-testid="highlight-position">
            {stops === 0
              ? groups.summary && groups.summary.missing > 0
                ? 'not on screen'
                : '0'
              : groups.position
                ? `${groups.position.index + 1}/${groups.position.total}`
                : `${stops}`}
          </span>
          <button type="button" className="icon-button" aria-label="Next highlight" onClick={() => groups.step(1)} disabled={stops === 0}>
            ›
          </button>
        </div>
      )}
      <button type="button" className="switch" role="switch" aria-checked={on} aria-label="Highlights in page" disabled={!on} onClick={groups.allOff}>
        <span className="switch-track" aria-hidden="true" />
        {on ? 'On' : 'Off'}
      </button>
    </div>
  );
}
