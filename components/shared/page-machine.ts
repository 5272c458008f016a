import type { CandidateDocument } from '../../lib/model/candidate-document';
import type { Screening } from '../../lib/model/screening';
import type { PanelState } from '../../lib/settings/panel-state';
import type { AutoOpenSite, Settings } from '../../lib/settings/settings';
import { DEFAULT_PANEL_STATE, DEFAULT_SETTINGS } from '../../lib/settings/settings-defaults';
import type { PanelView } from '../panel/panel-view';
import { documentFingerprint } from './document-fingerprint';

/**
 * The page runtime as a state machine: a pure `transition(state, event)` that returns the next state and the
 * effects to run (read the page, ask for a screening, start a timer...). The driver (page-panel-runtime.tsx) turns
 * DOM changes, timers, messages and replies into events and runs the effects; it decides nothing itself.
 */

/** What the page shows, as the site's reader judges it against the address. */
export type PageRead =
  /** The page shows what the address names. */
  | { kind: 'shown'; document: CandidateDocument }
  /** The page names the person but shows none of their sections: screened once the page stops changing. */
  | { kind: 'sparse'; document: CandidateDocument }
  /** The page does not show what the address names (still the previous profile, or nothing yet), and why. */
  | { kind: 'elsewhere'; explanation: string };

export type ScreenResult = { ok: true; screening: Screening; document: CandidateDocument } | { ok: false; error: string };

/** One timer per name: the driver keeps them, and the content script's end clears them. */
export type TimerName = 'read' | 'quiet' | 'patience';

export const TIMINGS = {
  /** A change while waiting for the page: read it this soon (one read for a burst of changes). */
  readSoonMs: 100,
  /** A change on a screened page (lazily loaded sections): read again at most this often. */
  rereadMs: 1_500,
  /** The page is taken to be done loading once it has not changed for this long. */
  quietMs: 1_200,
  /** ...or after this long in any case, on a page that never stops changing (a busy feed beside the profile). */
  patienceMs: 6_000,
} as const;

interface Ready {
  name: 'ready';
  fingerprint: string;
  screening: Screening;
  document: CandidateDocument;
}

export type Phase =
  /** Nothing on screen and nothing watched: the panel is hidden, or the address is not a page the site screens. */
  | { name: 'idle' }
  /** The shortcut was pressed on a page that is not screened: say what is. */
  | { name: 'unsupported' }
  /**
   * Waiting for the page to show what the address names. `previous` is what the last address's page showed (the
   * same text under a new address is that page still on screen, until the page settles); `settled` is set once the
   * page stopped changing, after which a sparse profile is screened and a page showing something else is explained.
   */
  | { name: 'waiting'; settled: boolean; previous?: string; explanation?: string }
  /** A screening was asked for; `shown` is the result kept on screen meanwhile (the same page, read again). */
  | { name: 'screening'; fingerprint: string; shown?: Ready }
  | Ready
  | { name: 'failed'; fingerprint: string; message: string };

export interface PageState {
  site: AutoOpenSite;
  url: string;
  screenable: boolean;
  phase: Phase;
  /** Bumped by every new address and every screening asked for: a reply for an older one is dropped. */
  generation: number;
  settings: Settings;
  panelState: PanelState;
  /** Settings and panel state have been read from storage: until then nothing is drawn. */
  stored: boolean;
  /** The shortcut's choice in this tab, over the sites that open by themselves. */
  shownByUser?: boolean;
  /** Opened from the keyboard: the panel takes the focus. */
  focusOnOpen: boolean;
}

export type PageEvent =
  | { type: 'stored'; settings: Settings; panelState: PanelState }
  | { type: 'address'; url: string; screenable: boolean }
  | { type: 'page-changed' }
  | { type: 'timer'; name: TimerName }
  | { type: 'page-read'; url: string; read: PageRead }
  | { type: 'screened'; generation: number; result: ScreenResult }
  | { type: 'shortcut' }
  | { type: 'settings'; settings: Settings }
  | { type: 'panel-state'; panelState: PanelState };

export type Effect =
  | { type: 'read' }
  | { type: 'screen'; generation: number; document: CandidateDocument }
  | { type: 'timer'; name: TimerName; ms: number; ifRunning: 'keep' | 'restart' }
  | { type: 'cancel-timers' }
  | { type: 'observe'; on: boolean }
  | { type: 'highlights'; action: 'reset' | 'refresh' | 'clear' }
  | { type: 'save-panel-state'; panelState: PanelState };

export interface Step {
  state: PageState;
  effects: Effect[];
}

export function initialPageState(site: AutoOpenSite): PageState {
  return {
    site,
    url: '',
    screenable: false,
    phase: { name: 'idle' },
    generation: 0,
    settings: DEFAULT_SETTINGS,
    panelState: DEFAULT_PANEL_STATE,
    stored: false,
    focusOnOpen: false,
  };
}

export function isShown(state: PageState): boolean {
  return state.shownByUser ?? state.settings.autoOpenSites.includes(state.site);
}

function fingerprintOnScreen(phase: Phase): string | undefined {
  if (phase.name === 'screening' || phase.name === 'ready' || phase.name === 'failed') return phase.fingerprint;
  return phase.name === 'waiting' ? phase.previous : undefined;
}

const stay = (state: PageState): Step => ({ state, effects: [] });

/** Nothing shown, nothing watched, nothing pending. */
function rest(state: PageState, effects: Effect[] = []): Step {
  return {
    state: { ...state, phase: { name: 'idle' }, generation: state.generation + 1 },
    effects: [...effects, { type: 'cancel-timers' }, { type: 'observe', on: false }, { type: 'highlights', action: 'clear' }],
  };
}

/** Start over on the current address: wait for the page to show it, then screen it. */
function begin(state: PageState, previous: string | undefined, effects: Effect[] = []): Step {
  const next = { ...state, generation: state.generation + 1 };
  if (!isShown(next) || !next.screenable) return rest(next, effects);
  return {
    state: { ...next, phase: { name: 'waiting', settled: false, previous } },
    effects: [
      ...effects,
      { type: 'cancel-timers' },
      { type: 'observe', on: true },
      { type: 'timer', name: 'quiet', ms: TIMINGS.quietMs, ifRunning: 'restart' },
      { type: 'timer', name: 'patience', ms: TIMINGS.patienceMs, ifRunning: 'restart' },
      { type: 'read' },
    ],
  };
}

function screen(state: PageState, document: CandidateDocument, fingerprint: string): Step {
  const generation = state.generation + 1;
  const phase = state.phase;
  const shown = phase.name === 'ready' ? phase : phase.name === 'screening' ? phase.shown : undefined;
  return {
    state: { ...state, generation, phase: { name: 'screening', fingerprint, shown } },
    effects: [{ type: 'screen', generation, document }],
  };
}

function onAddress(state: PageState, url: string, screenable: boolean): Step {
  if (url === state.url) return stay(state);
  return begin({ ...state, url, screenable }, fingerprintOnScreen(state.phase), [{ type: 'highlights', action: 'reset' }]);
}

function onPageChanged(state: PageState): Step {
  const { phase } = state;
  if (phase.name === 'waiting') {
    const effects: Effect[] = [{ type: 'timer', name: 'read', ms: TIMINGS.readSoonMs, ifRunning: 'keep' }];
    if (!phase.settled) effects.push({ type: 'timer', name: 'quiet', ms: TIMINGS.quietMs, ifRunning: 'restart' });
    return { state, effects };
  }
  if (phase.name === 'screening' || phase.name === 'ready' || phase.name === 'failed') {
    return { state, effects: [{ type: 'timer', name: 'read', ms: TIMINGS.rereadMs, ifRunning: 'keep' }] };
  }
  return stay(state);
}

function onTimer(state: PageState, name: TimerName): Step {
  const { phase } = state;
  if (name === 'read') {
    if (phase.name === 'waiting') return { state, effects: [{ type: 'read' }] };
    // A screened page changed: the highlighted text may be new nodes now.
    if (phase.name !== 'idle' && phase.name !== 'unsupported') return { state, effects: [{ type: 'highlights', action: 'refresh' }, { type: 'read' }] };
    return stay(state);
  }
  if (phase.name !== 'waiting' || phase.settled) return stay(state);
  return { state: { ...state, phase: { ...phase, settled: true } }, effects: [{ type: 'read' }] };
}

function onPageRead(state: PageState, url: string, read: PageRead): Step {
  const { phase } = state;
  if (url !== state.url) return stay(state);
  if (phase.name === 'waiting') {
    if (read.kind === 'elsewhere') {
      return phase.settled && phase.explanation !== read.explanation ? stay({ ...state, phase: { ...phase, explanation: read.explanation } }) : stay(state);
    }
    const fingerprint = documentFingerprint(read.document);
    const stillPrevious = fingerprint === phase.previous;
    if ((read.kind === 'shown' && !stillPrevious) || phase.settled) return screen(state, read.document, fingerprint);
    return stay(state);
  }
  if (phase.name === 'screening' || phase.name === 'ready' || phase.name === 'failed') {
    if (read.kind === 'elsewhere') return stay(state);
    const fingerprint = documentFingerprint(read.document);
    return fingerprint === phase.fingerprint ? stay(state) : screen(state, read.document, fingerprint);
  }
  return stay(state);
}

function onScreened(state: PageState, generation: number, result: ScreenResult): Step {
  const { phase } = state;
  if (generation !== state.generation || phase.name !== 'screening') return stay(state);
  if (result.ok) return stay({ ...state, phase: { name: 'ready', fingerprint: phase.fingerprint, screening: result.screening, document: result.document } });
  // A failed second look keeps the first result: it is still true of the page.
  if (phase.shown) return stay({ ...state, phase: phase.shown });
  return stay({ ...state, phase: { name: 'failed', fingerprint: phase.fingerprint, message: `Screening failed: ${result.error}` } });
}

function onShortcut(state: PageState): Step {
  if (!state.screenable) {
    // The shortcut on a page that is not screened only says what is: it does not change what opens by itself.
    if (state.phase.name === 'unsupported') return stay({ ...state, phase: { name: 'idle' } });
    return stay({ ...state, phase: { name: 'unsupported' }, focusOnOpen: true });
  }
  const shownByUser = !isShown(state);
  const next = { ...state, shownByUser, focusOnOpen: shownByUser || state.focusOnOpen };
  return shownByUser ? begin(next, undefined) : rest(next);
}

function sameScreeningSettings(a: Settings, b: Settings): boolean {
  return a.role === b.role && a.mustHave.join('\n') === b.mustHave.join('\n');
}

function onSettings(state: PageState, settings: Settings): Step {
  const effects: Effect[] = [];
  let panelState = state.panelState;
  // A corner chosen on the options page wins over an earlier drag.
  if (settings.panelCorner !== state.settings.panelCorner && panelState.position) {
    panelState = { ...panelState, position: undefined };
    effects.push({ type: 'save-panel-state', panelState });
  }
  const next = { ...state, settings, panelState };
  const wasShown = isShown(state);
  if (!isShown(next)) return wasShown ? rest(next, effects) : { state: next, effects };
  if (!wasShown || !sameScreeningSettings(state.settings, settings)) return begin(next, undefined, effects);
  return { state: next, effects };
}

function onStored(state: PageState, settings: Settings, panelState: PanelState): Step {
  const next = { ...state, settings, panelState, stored: true };
  // The background screened with the stored settings already: they only decide whether to show it.
  return isShown(next) || state.phase.name === 'unsupported' ? stay(next) : rest(next);
}

export function transition(state: PageState, event: PageEvent): Step {
  switch (event.type) {
    case 'stored':
      return onStored(state, event.settings, event.panelState);
    case 'address':
      return onAddress(state, event.url, event.screenable);
    case 'page-changed':
      return onPageChanged(state);
    case 'timer':
      return onTimer(state, event.name);
    case 'page-read':
      return onPageRead(state, event.url, event.read);
    case 'screened':
      return onScreened(state, event.generation, event.result);
    case 'shortcut':
      return onShortcut(state);
    case 'settings':
      return onSettings(state, event.settings);
    case 'panel-state':
      return { state: { ...state, panelState: event.panelState }, effects: [{ type: 'save-panel-state', panelState: event.panelState }] };
  }
}

/** What the panel shows in a state; undefined draws nothing. `unsupported` is the site's sentence for that case. */
export function viewOf(state: PageState, unsupported: (url: string) => string): PanelView | undefined {
  const { phase, url } = state;
  if (!state.stored) return undefined;
  switch (phase.name) {
    case 'idle':
      return undefined;
    case 'unsupported':
      return { status: 'error', url, message: unsupported(url) };
    case 'waiting':
      return phase.explanation ? { status: 'error', url, message: phase.explanation } : { status: 'loading', url };
    case 'screening':
      return phase.shown ? { status: 'ready', url, screening: phase.shown.screening, document: phase.shown.document } : { status: 'loading', url };
    case 'ready':
      return { status: 'ready', url, screening: phase.screening, document: phase.document };
    case 'failed':
      return { status: 'error', url, message: phase.message };
  }
}
