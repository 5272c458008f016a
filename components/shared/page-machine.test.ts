import { describe, expect, it } from 'vitest';
import type { CandidateDocument } from '../../lib/model/candidate-document';
import type { Screening } from '../../lib/model/screening';
import { DEFAULT_PANEL_STATE } from '../../lib/settings/panel-state';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/settings';
import { initialPageState, transition, viewOf, type Effect, type PageEvent, type PageRead, type PageState } from './page-machine';

// Two invented members and the page that is not a profile.
const ANNA = 'https://www.linkedin.com/in/anna-lindqvist/';
const BORIS = 'https://www.linkedin.com/in/boris-mehta/';
const FEED = 'https://www.linkedin.com/feed/';
const UNSUPPORTED = () => 'Shipcheck screens member profiles.';

function documentOf(url: string, name: string, text = `${name} ships models with PyTorch.`): CandidateDocument {
  return {
    source: 'linkedin',
    url,
    capturedAt: '2026-02-01T09:00:00.000Z',
    person: { name, links: [] },
    sections: text ? [{ kind: 'experience', heading: 'Experience', blocks: [{ id: 'b0', text }] }] : [],
    incomplete: [],
    warnings: [],
  };
}

// The machine hands a screening through without looking inside: a tagged stand-in is enough.
const screeningOf = (name: string) => ({ name }) as unknown as Screening;

const shown = (url: string, name: string, text?: string): PageRead => ({ kind: 'shown', document: documentOf(url, name, text) });
const sparse = (url: string, name: string): PageRead => ({ kind: 'sparse', document: documentOf(url, name, '') });
const elsewhere: PageRead = { kind: 'elsewhere', explanation: 'The page still shows another profile.' };

interface Run {
  state: PageState;
  effects: Effect[];
}

/** Feeds events in order; `effects` are those of the last event. */
function run(state: PageState, ...events: PageEvent[]): Run {
  let step: Run = { state, effects: [] };
  for (const event of events) step = transition(step.state, event);
  return step;
}

const stored = (settings: Settings = DEFAULT_SETTINGS): PageEvent => ({ type: 'stored', settings, panelState: DEFAULT_PANEL_STATE });
const address = (url: string, screenable = url !== FEED): PageEvent => ({ type: 'address', url, screenable });
const read = (url: string, page: PageRead): PageEvent => ({ type: 'page-read', url, read: page });
const screened = (state: PageState, name: string): PageEvent => ({
  type: 'screened',
  generation: state.generation,
  result: { ok: true, screening: screeningOf(name), document: documentOf(state.url, name) },
});
const lastScreen = (effects: Effect[]) => effects.find((e): e is Extract<Effect, { type: 'screen' }> => e.type === 'screen');
const view = (state: PageState) => viewOf(state, UNSUPPORTED);
const shownName = (state: PageState) => {
  const v = view(state);
  return v?.status === 'ready' ? (v.screening as unknown as { name: string }).name : undefined;
};

/** Anna's profile loaded, screened and on screen. */
function annaReady(): PageState {
  const asked = run(initialPageState('linkedin'), address(ANNA), stored(), read(ANNA, shown(ANNA, 'Anna Lindqvist')));
  return run(asked.state, screened(asked.state, 'Anna Lindqvist')).state;
}

describe('page machine: the first load', () => {
  it('reads the page at once and screens it when it shows the profile the address names', () => {
    const start = run(initialPageState('linkedin'), address(ANNA));
    expect(start.effects).toContainEqual({ type: 'read' });
    expect(start.effects).toContainEqual({ type: 'observe', on: true });
    const asked = run(start.state, stored(), read(ANNA, shown(ANNA, 'Anna Lindqvist')));
    expect(lastScreen(asked.effects)?.document.person.name).toBe('Anna Lindqvist');
    expect(view(asked.state)).toEqual({ status: 'loading', url: ANNA });
    expect(shownName(run(asked.state, screened(asked.state, 'Anna Lindqvist')).state)).toBe('Anna Lindqvist');
  });

  it('draws nothing before the stored settings are known', () => {
    const asked = run(initialPageState('linkedin'), address(ANNA), read(ANNA, shown(ANNA, 'Anna Lindqvist')));
    expect(view(run(asked.state, screened(asked.state, 'Anna Lindqvist')).state)).toBeUndefined();
  });

  it('neither reads nor watches a page that is not screened', () => {
    const step = run(initialPageState('linkedin'), stored(), address(FEED));
    expect(step.effects).toContainEqual({ type: 'observe', on: false });
    expect(step.effects).not.toContainEqual({ type: 'read' });
    expect(view(step.state)).toBeUndefined();
  });
});

describe('page machine: navigation', () => {
  it('shows loading, never the old result, from the moment the address changes', () => {
    const moved = run(annaReady(), address(BORIS));
    expect(view(moved.state)).toEqual({ status: 'loading', url: BORIS });
    expect(moved.effects).toContainEqual({ type: 'highlights', action: 'reset' });
    const asked = run(moved.state, read(BORIS, shown(BORIS, 'Boris Mehta')));
    expect(shownName(run(asked.state, screened(asked.state, 'Boris Mehta')).state)).toBe('Boris Mehta');
  });

  it("drops a reply that arrives after the address changed (the old profile's screening)", () => {
    const asked = run(initialPageState('linkedin'), stored(), address(ANNA), read(ANNA, shown(ANNA, 'Anna Lindqvist')));
    const late = screened(asked.state, 'Anna Lindqvist');
    const moved = run(asked.state, address(BORIS), late);
    expect(view(moved.state)).toEqual({ status: 'loading', url: BORIS });
  });

  it('ignores a read made for an address that is no longer the page', () => {
    const moved = run(annaReady(), address(BORIS));
    expect(run(moved.state, read(ANNA, shown(ANNA, 'Anna Lindqvist'))).effects).toEqual([]);
  });

  it('stops watching when the new address is not screened', () => {
    const step = run(annaReady(), address(FEED));
    expect(step.effects).toContainEqual({ type: 'observe', on: false });
    expect(view(step.state)).toBeUndefined();
  });

  it('an anchor jump (same address) changes nothing', () => {
    const ready = annaReady();
    expect(run(ready, address(ANNA)).state).toBe(ready);
  });
});

describe('page machine: a page that does not show the profile yet', () => {
  it('keeps loading while the page still shows the previous profile, and screens the new one once shown', () => {
    const moved = run(annaReady(), address(BORIS));
    const same = run(moved.state, read(BORIS, shown(BORIS, 'Anna Lindqvist')));
    expect(lastScreen(same.effects)).toBeUndefined();
    expect(view(same.state)?.status).toBe('loading');
    expect(lastScreen(run(same.state, read(BORIS, shown(BORIS, 'Boris Mehta'))).effects)?.document.person.name).toBe('Boris Mehta');
  });

  it('takes unchanged text under a new address as that page once the page has settled (same content, other URL)', () => {
    const moved = run(annaReady(), address(`${ANNA}?miniProfile=1`), read(`${ANNA}?miniProfile=1`, shown(`${ANNA}?miniProfile=1`, 'Anna Lindqvist')));
    expect(lastScreen(moved.effects)).toBeUndefined();
    const settled = run(moved.state, { type: 'timer', name: 'quiet' });
    expect(settled.effects).toEqual([{ type: 'read' }]);
    expect(lastScreen(run(settled.state, read(`${ANNA}?miniProfile=1`, shown(ANNA, 'Anna Lindqvist'))).effects)).toBeDefined();
  });

  it('explains, once the page has settled, what it shows instead, and screens the profile if it comes later', () => {
    const waiting = run(initialPageState('linkedin'), stored(), address(BORIS), read(BORIS, elsewhere));
    expect(view(waiting.state)?.status).toBe('loading');
    const settled = run(waiting.state, { type: 'timer', name: 'quiet' }, read(BORIS, elsewhere));
    expect(view(settled.state)).toEqual({ status: 'error', url: BORIS, message: 'The page still shows another profile.' });
    expect(lastScreen(run(settled.state, read(BORIS, shown(BORIS, 'Boris Mehta'))).effects)).toBeDefined();
  });

  it('waits for a sparse profile while the page loads, and screens what it has once the page stops changing', () => {
    const waiting = run(initialPageState('linkedin'), stored(), address(ANNA), read(ANNA, sparse(ANNA, 'Anna Lindqvist')));
    expect(lastScreen(waiting.effects)).toBeUndefined();
    // A change restarts the quiet timer: the page is still loading.
    expect(run(waiting.state, { type: 'page-changed' }).effects).toContainEqual({ type: 'timer', name: 'quiet', ms: 1_200, ifRunning: 'restart' });
    const settled = run(waiting.state, { type: 'timer', name: 'quiet' }, read(ANNA, sparse(ANNA, 'Anna Lindqvist')));
    expect(lastScreen(settled.effects)?.document.sections).toEqual([]);
  });

  it('gives up waiting for quiet after its patience runs out, on a page that never stops changing', () => {
    const waiting = run(initialPageState('linkedin'), stored(), address(ANNA), read(ANNA, sparse(ANNA, 'Anna Lindqvist')));
    const busy = run(waiting.state, { type: 'page-changed' }, { type: 'timer', name: 'patience' });
    expect(busy.effects).toEqual([{ type: 'read' }]);
    // Once settled, changes no longer push the decision back.
    expect(run(busy.state, { type: 'page-changed' }).effects).not.toContainEqual(expect.objectContaining({ name: 'quiet' }));
  });

  it('reads once for a burst of changes while waiting', () => {
    const waiting = run(initialPageState('linkedin'), stored(), address(ANNA)).state;
    expect(run(waiting, { type: 'page-changed' }).effects).toContainEqual({ type: 'timer', name: 'read', ms: 100, ifRunning: 'keep' });
    expect(run(waiting, { type: 'timer', name: 'read' }).effects).toEqual([{ type: 'read' }]);
  });
});

describe('page machine: reload of the same profile (lazily loaded sections)', () => {
  it('reads again at most every 1.5 s and screens again, keeping the result on screen meanwhile', () => {
    const ready = annaReady();
    expect(run(ready, { type: 'page-changed' }).effects).toEqual([{ type: 'timer', name: 'read', ms: 1_500, ifRunning: 'keep' }]);
    const fired = run(ready, { type: 'timer', name: 'read' });
    expect(fired.effects).toEqual([{ type: 'highlights', action: 'refresh' }, { type: 'read' }]);
    const more = run(ready, read(ANNA, shown(ANNA, 'Anna Lindqvist', 'Anna ships models with PyTorch. She runs them on Kubernetes.')));
    expect(lastScreen(more.effects)).toBeDefined();
    expect(shownName(more.state)).toBe('Anna Lindqvist');
    expect(view(more.state)?.status).toBe('ready');
  });

  it('does not screen again when the page re-rendered the same text', () => {
    const ready = annaReady();
    expect(run(ready, read(ANNA, shown(ANNA, 'Anna Lindqvist'))).state).toBe(ready);
  });

  it('keeps the first result when the second screening fails', () => {
    const more = run(annaReady(), read(ANNA, shown(ANNA, 'Anna Lindqvist', 'More text about serving.')));
    const failed = run(more.state, { type: 'screened', generation: more.state.generation, result: { ok: false, error: 'worker restarted' } });
    expect(shownName(failed.state)).toBe('Anna Lindqvist');
  });

  it('says why when the first screening fails', () => {
    const asked = run(initialPageState('linkedin'), stored(), address(ANNA), read(ANNA, shown(ANNA, 'Anna Lindqvist')));
    const failed = run(asked.state, { type: 'screened', generation: asked.state.generation, result: { ok: false, error: 'engine crashed' } });
    expect(view(failed.state)).toEqual({ status: 'error', url: ANNA, message: 'Screening failed: engine crashed' });
  });
});

describe('page machine: collapse and the shortcut', () => {
  it('collapsing keeps the result, reads nothing and saves the panel state', () => {
    const ready = annaReady();
    const collapsed = run(ready, { type: 'panel-state', panelState: { ...DEFAULT_PANEL_STATE, collapsed: true } });
    expect(collapsed.effects).toEqual([{ type: 'save-panel-state', panelState: { ...DEFAULT_PANEL_STATE, collapsed: true } }]);
    expect(collapsed.state.panelState.collapsed).toBe(true);
    expect(shownName(collapsed.state)).toBe('Anna Lindqvist');
  });

  it('the shortcut hides the panel and stops watching; pressed again it screens afresh and takes the focus', () => {
    const hidden = run(annaReady(), { type: 'shortcut' });
    expect(view(hidden.state)).toBeUndefined();
    expect(hidden.effects).toEqual(
      expect.arrayContaining([{ type: 'observe', on: false }, { type: 'cancel-timers' }, { type: 'highlights', action: 'clear' }]),
    );
    // Hidden by the recruiter, it stays hidden on the next profile of this tab.
    expect(view(run(hidden.state, address(BORIS)).state)).toBeUndefined();
    const again = run(hidden.state, { type: 'shortcut' });
    expect(again.effects).toContainEqual({ type: 'read' });
    expect(again.state.focusOnOpen).toBe(true);
    expect(lastScreen(run(again.state, read(ANNA, shown(ANNA, 'Anna Lindqvist'))).effects)).toBeDefined();
  });

  it('on a page that is not screened the shortcut says what is, and pressed again hides that', () => {
    const feed = run(initialPageState('linkedin'), stored(), address(FEED));
    const said = run(feed.state, { type: 'shortcut' });
    expect(view(said.state)).toEqual({ status: 'error', url: FEED, message: UNSUPPORTED() });
    expect(view(run(said.state, { type: 'shortcut' }).state)).toBeUndefined();
    // The message belongs to that page: the next one starts clean, and profiles still open by themselves.
    expect(view(run(said.state, address('https://www.linkedin.com/jobs/', false)).state)).toBeUndefined();
    expect(view(run(said.state, address(ANNA)).state)?.status).toBe('loading');
  });
});

describe('page machine: settings changes', () => {
  it('screens again under a new role or new must-have tools', () => {
    const ready = annaReady();
    const role = run(ready, { type: 'settings', settings: { ...DEFAULT_SETTINGS, role: 'research' } });
    expect(role.effects).toContainEqual({ type: 'read' });
    // Same text as before: screened at once, not taken for a stale page.
    expect(lastScreen(run(role.state, read(ANNA, shown(ANNA, 'Anna Lindqvist'))).effects)).toBeDefined();
    expect(run(ready, { type: 'settings', settings: { ...DEFAULT_SETTINGS, mustHave: ['Kubernetes'] } }).effects).toContainEqual({ type: 'read' });
  });

  it('hides the panel when its site stops opening by itself, and screens when it starts again', () => {
    const off = run(annaReady(), { type: 'settings', settings: { ...DEFAULT_SETTINGS, autoOpenSites: ['github'] } });
    expect(view(off.state)).toBeUndefined();
    expect(off.effects).toContainEqual({ type: 'observe', on: false });
    expect(run(off.state, { type: 'settings', settings: DEFAULT_SETTINGS }).effects).toContainEqual({ type: 'read' });
  });

  it('a new corner drops the dragged position and saves that, without screening again', () => {
    const dragged = run(annaReady(), { type: 'panel-state', panelState: { ...DEFAULT_PANEL_STATE, position: { x: 40, y: 90 } } }).state;
    const moved = run(dragged, { type: 'settings', settings: { ...DEFAULT_SETTINGS, panelCorner: 'bottom-left' } });
    expect(moved.effects).toEqual([{ type: 'save-panel-state', panelState: { ...DEFAULT_PANEL_STATE, position: undefined } }]);
    expect(shownName(moved.state)).toBe('Anna Lindqvist');
  });

  it('stops at once when the stored settings say the site does not open by itself', () => {
    const step = run(initialPageState('linkedin'), address(ANNA), stored({ ...DEFAULT_SETTINGS, autoOpenSites: [] }));
    expect(view(step.state)).toBeUndefined();
    expect(step.effects).toContainEqual({ type: 'observe', on: false });
  });
});
