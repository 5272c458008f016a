import { useEffect, useRef, useState } from 'react';
import type { CandidateDocument } from '../../lib/model/candidate-document';
import type { Screening } from '../../lib/model/screening';
import { DEFAULT_PANEL_STATE, type PanelState } from '../../lib/settings/panel-state';
import { browserCandidateStore } from '../../lib/storage/browser-candidate-store';
import { candidateNotesSlot } from '../shared/candidate-notes-slot';
import { mountInShadowRoot, type ShadowMount } from '../shared/mount-shadow-root';
import type { HighlightController } from './highlight-controller';
import { Panel } from './panel';
import { PANEL_CSS } from './panel-styles';

const NOTES_SLOT = candidateNotesSlot(browserCandidateStore);

export interface DockedResult {
  screening: Screening;
  document: CandidateDocument;
}

/**
 * The screening panel laid out in an extension page's flow (the PDF page, the side panel), in its own
 * shadow root so that the page's styles and the panel's never meet. The same view as on a profile.
 */
export function DockedPanel({
  result,
  highlighter,
  label = 'Screening',
  expanded = true,
}: {
  result: DockedResult;
  highlighter?: HighlightController;
  label?: string;
  /** Whether the checklist and evidence tabs start open (a wide page has room for them; the side panel does not). */
  expanded?: boolean;
}) {
  const hostRef = useRef<HTMLElement>(null);
  const mount = useRef<ShadowMount>(undefined);
  const [state, setState] = useState<PanelState>({ ...DEFAULT_PANEL_STATE, expanded });

  useEffect(() => {
    if (!hostRef.current) return;
    mount.current ??= mountInShadowRoot(PANEL_CSS + NOTES_SLOT.extraCss, hostRef.current);
    mount.current.root.render(
      <Panel
        docked
        view={{ status: 'ready', url: location.href, screening: result.screening, document: result.document }}
        state={state}
        onStateChange={setState}
        highlighter={highlighter}
        renderSave={NOTES_SLOT.renderSave}
      />,
    );
  }, [result, state, highlighter]);

  useEffect(
    () => () => {
      // The shadow root's React root is separate: unmount it after this render pass, not during it.
      const mounted = mount.current;
      mount.current = undefined;
      if (mounted) queueMicrotask(() => mounted.unmount());
    },
    [],
  );

  return <aside className="aside" ref={hostRef} aria-label={label} />;
}
