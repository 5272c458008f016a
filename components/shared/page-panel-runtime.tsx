import type { Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { HighlightLayer } from '../../lib/highlight/highlight-layer';
import { requestPageSettings, savePagePanelState, watchPageSettings } from '../../lib/messaging/page-settings';
import { onMessage } from '../../lib/messaging/protocol';
import { requestScreening } from '../../lib/messaging/request-screening';
import type { CandidateDocument } from '../../lib/model/candidate-document';
import type { PanelState } from '../../lib/settings/panel-state';
import type { AutoOpenSite } from '../../lib/settings/settings';
import { Panel, type PanelProps } from '../panel/panel';
import { PANEL_CSS } from '../panel/panel-styles';
import { ContextTimers } from './context-timers';
import { guardScriptContext } from './guard-script-context';
import { mountPanel } from './mount-panel';
import { initialPageState, transition, viewOf, type Effect, type PageEvent, type PageRead, type PageState, type TimerName } from './page-machine';

export interface PageSite {
  site: AutoOpenSite;
  /** Whether the address names a page this site screens (a profile, a repository). */
  isScreenable(url: string): boolean;
  /** What the page on screen shows, judged against the address. */
  read(url: string): PageRead;
  /** The document to screen: what was read here, with what was read of the same person on their other pages. */
  combine?(document: CandidateDocument): Promise<CandidateDocument>;
  /** What the shortcut says on a page of this site that is not screened: which pages are. */
  unsupported(url: string): string;
}

export interface PagePanelOptions {
  /** Extra CSS for whatever `renderSave` renders inside the panel's shadow root. */
  extraCss?: string;
  renderSave?: PanelProps['renderSave'];
}

/** Only where the Navigation API is missing (Firefox) is the address polled: pushState fires no event there. */
const ADDRESS_POLL_MS = 500;

/**
 * The content script's life on a single-page site, as the state machine in page-machine.ts decides it. This class
 * only connects it to the page: it turns address changes, DOM changes, timers, the shortcut, settings and screening
 * replies into events, and runs the effects the machine returns. Every listener, observer and timer it starts ends
 * with the content script's context.
 */
export class PagePanelRuntime {
  private state: PageState;
  private readonly queue: PageEvent[] = [];
  private running = false;
  private readonly timers: ContextTimers<TimerName>;
  private readonly layer: HighlightLayer;
  private readonly observer = new MutationObserver(() => this.dispatch({ type: 'page-changed' }));
  private panel: Promise<Root> | undefined;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly site: PageSite,
    private readonly options: PagePanelOptions = {},
  ) {
    guardScriptContext(ctx, site.site);
    this.state = initialPageState(site.site);
    this.timers = new ContextTimers(ctx);
    this.layer = new HighlightLayer(document.body ?? document.documentElement);
    ctx.onInvalidated(() => {
      this.observer.disconnect();
      this.layer.dispose();
    });
  }

  /**
   * Reading and screening start at once; the stored settings and panel state (read by the background) arrive
   * meanwhile and only decide whether and where the panel shows, so nothing is drawn before they are known.
   */
  start(): void {
    // Asked first: the background answers in turn, and the screening asked for next may keep it busy a while.
    void requestPageSettings().then(({ settings, panelState }) => this.dispatch({ type: 'stored', settings, panelState }));
    this.ctx.onInvalidated(watchPageSettings((settings) => this.dispatch({ type: 'settings', settings })));
    this.watchAddress();
    this.listenForShortcut();
  }

  private dispatch(event: PageEvent): void {
    this.queue.push(event);
    // Effects that answer at once (a read) queue their event: one transition runs at a time.
    if (this.running) return;
    this.running = true;
    try {
      let event: PageEvent | undefined;
      while ((event = this.queue.shift()) && this.ctx.isValid) {
        const { state, effects } = transition(this.state, event);
        const changed = state !== this.state;
        this.state = state;
        for (const effect of effects) this.run(effect);
        if (changed) this.render();
      }
    } finally {
      this.running = false;
    }
  }

  private run(effect: Effect): void {
    switch (effect.type) {
      case 'read': {
        const url = this.state.url;
        return this.dispatch({ type: 'page-read', url, read: this.readSafely(url) });
      }
      case 'screen':
        return void this.screen(effect.generation, effect.document);
      case 'timer':
        return this.timers.start(effect.name, effect.ms, effect.ifRunning, () => this.dispatch({ type: 'timer', name: effect.name }));
      case 'cancel-timers':
        return this.timers.cancelAll();
      case 'observe':
        if (effect.on) this.observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
        else this.observer.disconnect();
        return;
      case 'highlights':
        return this.layer[effect.action]();
      case 'save-panel-state':
        return void savePagePanelState(effect.panelState);
    }
  }

  private readSafely(url: string): PageRead {
    try {
      return this.site.read(url);
    } catch (error) {
      return { kind: 'elsewhere', explanation: `The page could not be read: ${error instanceof Error ? error.message : String(error)}` };
    }
  }

  private async screen(generation: number, read: CandidateDocument): Promise<void> {
    const document = (await this.site.combine?.(read).catch(() => read)) ?? read;
    const response = await requestScreening(document);
    this.dispatch({
      type: 'screened',
      generation,
      result: response.ok ? { ok: true, screening: response.screening, document } : { ok: false, error: response.error },
    });
  }

  private watchAddress(): void {
    const check = () => this.dispatch({ type: 'address', url: pageUrl(), screenable: this.site.isScreenable(pageUrl()) });
    const navigation = (window as unknown as { navigation?: EventTarget }).navigation;
    if (navigation) this.ctx.addEventListener(navigation, 'currententrychange', check);
    else this.timers.every(ADDRESS_POLL_MS, check);
    this.ctx.addEventListener(window, 'popstate', check);
    check();
  }

  private listenForShortcut(): void {
    this.ctx.onInvalidated(onMessage('togglePanel', () => this.dispatch({ type: 'shortcut' })));
  }

  private readonly onStateChange = (panelState: PanelState) => this.dispatch({ type: 'panel-state', panelState });

  private render(): void {
    const view = viewOf(this.state, (url) => this.site.unsupported(url));
    if (!view && !this.panel) return;
    this.panel ??= mountPanel(this.ctx, PANEL_CSS + (this.options.extraCss ?? ''));
    void this.panel.then((root) => this.draw(root));
  }

  /** Draws the latest state: mounting is asynchronous, and the state may have moved on meanwhile. */
  private draw(root: Root): void {
    const view = viewOf(this.state, (url) => this.site.unsupported(url));
    if (!view) return root.render(null);
    root.render(
      <Panel
        view={view}
        state={this.state.panelState}
        onStateChange={this.onStateChange}
        corner={this.state.settings.panelCorner}
        highlighter={this.layer}
        renderSave={this.options.renderSave}
        focusOnOpen={this.state.focusOnOpen}
      />,
    );
  }
}

/** The page's address without its fragment: jumping to an anchor is not a new page. */
function pageUrl(): string {
  return location.href.split('#')[0];
}
