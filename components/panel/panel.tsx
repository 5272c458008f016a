import { useCallback, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import type { CandidateDocument } from '../../lib/model/candidate-document';
import type { Screening } from '../../lib/model/screening';
import { VERDICT_LABEL, verdictHasScore } from '../../lib/model/verdict-label';
import { clampPosition } from '../../lib/settings/panel-position';
import type { PanelState } from '../../lib/settings/panel-state';
import type { PanelCorner } from '../../lib/settings/settings';
import { DetailsTabs } from './details-tabs';
import { FlagList } from './flag-list';
import { evidenceById, topFlags } from './group-screening';
import type { HighlightController } from './highlight-controller';
import { HighlightToolbar } from './highlight-toolbar';
import { IncompleteBanner } from './incomplete-banner';
import { InsufficientSummary } from './insufficient-summary';
import type { PanelView } from './panel-view';
import { scoreMovers } from './score-movers';
import { ScoreMoversList } from './score-movers-list';
import { useDrag } from './use-drag';
import { useHighlights } from './use-highlights';
import { VerdictSummary } from './verdict-summary';

export interface PanelProps {
  view: PanelView;
  state: PanelState;
  onStateChange(state: PanelState): void;
  corner?: PanelCorner;
  highlighter?: HighlightController;
  /** The Save button and note editor for the screened candidate. */
  renderSave?: (screening: Screening, document: CandidateDocument) => ReactNode;
  /** Laid out in the page flow (the PDF page) instead of floating over it. */
  docked?: boolean;
  /** Takes the keyboard focus once, when opened by the shortcut (never on its own, which would steal it). */
  focusOnOpen?: boolean;
}

const CORNER_STYLE: Record<PanelCorner, React.CSSProperties> = {
  'top-right': { top: 72, right: 16 },
  'bottom-right': { bottom: 16, right: 16 },
  'top-left': { top: 72, left: 16 },
  'bottom-left': { bottom: 16, left: 16 },
};

const EMPTY = new Map();

/** The collapsed badge's words for a screen reader: the verdict as labelled everywhere, and its score if it has one. */
function badgeLabel(screening: Screening | undefined): string {
  if (!screening) return 'Shipcheck. Expand';
  const score = verdictHasScore(screening.verdict) ? `, score ${Math.round(screening.score)}` : '';
  return `Shipcheck: ${VERDICT_LABEL[screening.verdict]}${score}. Expand`;
}

function BadgeValue({ screening }: { screening: Screening | undefined }) {
  if (!screening) return <span>…</span>;
  return (
    <span className={`verdict verdict-${screening.verdict}`} data-testid="badge-value">
      {verdictHasScore(screening.verdict) ? Math.round(screening.score) : VERDICT_LABEL[screening.verdict]}
    </span>
  );
}

const SOURCE_LABEL: Record<string, string> = {
  linkedin: 'LinkedIn profile',
  github: 'GitHub',
  pdf: 'PDF resume',
  jsonresume: 'JSON resume',
  text: 'Text resume',
};

export function Panel({ view, state, onStateChange, corner = 'top-right', highlighter, renderSave, docked = false, focusOnOpen = false }: PanelProps) {
  const frame = useRef<HTMLDivElement>(null);
  const region = useRef<HTMLElement>(null);
  useEffect(() => {
    if (focusOnOpen) region.current?.focus();
  }, [focusOnOpen]);
  const [dragPosition, setDragPosition] = useState<{ x: number; y: number }>();
  const idPrefix = useId().replace(/:/g, '');
  const screening = view.status === 'ready' ? view.screening : undefined;
  const evidence = useMemo(() => (screening ? evidenceById(screening) : EMPTY), [screening]);
  const groups = useHighlights(highlighter, evidence, `${view.url}|${screening?.screenedAt ?? view.status}`);
  const movers = useMemo(() => (screening ? scoreMovers(screening) : []), [screening]);
  // A flag already listed among what moved the score is not repeated under the flags.
  const otherFlags = useMemo(() => {
    if (!screening) return [];
    const shown = new Set(movers.map((mover) => mover.groupId));
    return topFlags(screening, 3 + shown.size)
      .filter((flag) => !shown.has(`flag:${flag.id}`))
      .slice(0, 3);
  }, [screening, movers]);

  const onDrop = useCallback(
    (position: { x: number; y: number }) => {
      const rect = frame.current?.getBoundingClientRect();
      const clamped = clampPosition(
        position,
        { width: rect?.width ?? 360, height: rect?.height ?? 200 },
        { width: window.innerWidth, height: window.innerHeight },
      );
      setDragPosition(undefined);
      onStateChange({ ...state, position: clamped });
    },
    [onStateChange, state],
  );
  const drag = useDrag(frame, setDragPosition, onDrop);

  const position = dragPosition ?? state.position;
  const placement: React.CSSProperties = docked ? {} : position ? { left: position.x, top: position.y } : CORNER_STYLE[corner];
  const update = (patch: Partial<PanelState>) => onStateChange({ ...state, ...patch });

  if (state.collapsed && !docked) {
    return (
      <div className="root">
        <div className="frame" ref={frame} style={placement}>
          <button
            type="button"
            className="badge"
            aria-label={badgeLabel(screening)}
            aria-expanded={false}
            onClick={() => update({ collapsed: false })}
            data-testid="badge"
          >
            <span className="brand-mark" aria-hidden="true">
              S
            </span>
            <BadgeValue screening={screening} />
          </button>
        </div>
      </div>
    );
  }

  return (
    <div className="root">
      <div className={`frame${docked ? ' docked' : ''}`} ref={frame} style={placement}>
        <section
          ref={region}
          tabIndex={-1}
          className="panel"
          role="region"
          aria-label="Shipcheck screening"
          data-state={view.status}
          aria-busy={view.status === 'loading'}
          onKeyDown={(event) => {
            const typing = (event.target as Element).closest?.('input, textarea, select, [contenteditable="true"]');
            if (event.key === 'Escape' && !docked && !typing) update({ collapsed: true });
          }}
        >
          <div
            className={`header${drag.dragging ? ' dragging' : ''}`}
            onPointerDown={docked ? undefined : drag.onPointerDown}
            title={docked ? undefined : 'Drag to move'}
          >
            <span className="brand">
              <span className="brand-mark" aria-hidden="true">
                S
              </span>
              Shipcheck
            </span>
            <span className="header-title">{SOURCE_LABEL[screening?.source ?? ''] ?? ''}</span>
            {!docked && (
              <button type="button" className="icon-button" aria-label="Collapse to badge" aria-expanded={true} onClick={() => update({ collapsed: true })}>
                –
              </button>
            )}
          </div>
          <div className="body">
            {view.status === 'loading' && (
              <div className="loading" role="status">
                <span className="spinner" aria-hidden="true" />
                Reading the profile…
              </div>
            )}
            {view.status === 'error' && (
              <div className="error" role="alert">
                {view.message}
              </div>
            )}
            {view.status === 'ready' && screening && screening.verdict === 'insufficient' && (
              <>
                <InsufficientSummary screening={screening} document={view.document} pageUrl={view.url} />
                {renderSave && <div className="save-slot">{renderSave(screening, view.document)}</div>}
              </>
            )}
            {view.status === 'ready' && screening && screening.verdict !== 'insufficient' && (
              <>
                <VerdictSummary screening={screening} />
                <ScoreMoversList key={screening.screenedAt} movers={movers} evidence={evidence} groups={groups} idPrefix={idPrefix} />
                <IncompleteBanner incomplete={screening.incomplete} pageUrl={view.url} />
                {otherFlags.length > 0 || screening.flags.length === 0 ? (
                  <div>
                    <h3 className="section-title">{movers.some((mover) => mover.groupId.startsWith('flag:')) ? 'Other flags' : 'Top flags'}</h3>
                    <FlagList flags={otherFlags} evidence={evidence} groups={groups} showQuotes={false} />
                  </div>
                ) : null}
                <HighlightToolbar groups={groups} />
                <button
                  type="button"
                  className="details-button"
                  aria-expanded={state.expanded}
                  aria-controls={`${idPrefix}-details`}
                  onClick={() => update({ expanded: !state.expanded })}
                >
                  {state.expanded ? 'Hide details' : 'Show checklist, tools and evidence'}
                  <span aria-hidden="true">{state.expanded ? '▴' : '▾'}</span>
                </button>
                {state.expanded && (
                  <div id={`${idPrefix}-details`}>
                    <DetailsTabs screening={screening} evidence={evidence} groups={groups} idPrefix={idPrefix} />
                  </div>
                )}
                {renderSave && <div className="save-slot">{renderSave(screening, view.document)}</div>}
              </>
            )}
          </div>
        </section>
      </div>
    </div>
  );
}
