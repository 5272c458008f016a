import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { HighlightLayer } from '../../lib/highlight/highlight-layer';
import { onMessage } from '../../lib/messaging/protocol';
import { requestScreening } from '../../lib/messaging/request-screening';
import type { CandidateDocument } from '../../lib/model/candidate-document';
import { DEFAULT_PANEL_STATE, type PanelState } from '../../lib/settings/panel-state';
import { DEFAULT_SETTINGS, type AutoOpenSite, type Settings } from '../../lib/settings/settings';
import { loadPanelState, loadSettings, savePanelState, watchSettings } from '../../lib/settings/settings-storage';
import { Panel, type PanelProps } from '../panel/panel';
import { PANEL_CSS } from '../panel/panel-styles';
import type { PanelView } from '../panel/panel-view';
import { documentFingerprint } from './document-fingerprint';
import { mountInShadowRoot, type ShadowMount } from './mount-shadow-root';

export interface PageSite {
  site: AutoOpenSite;
  /** Whether the URL names a page this site screens (a profile, a repository). */
  isScreenable(url: string): boolean;
  /** Reads the page on screen, or undefined while it does not (yet) show what the URL names. */
  read(url: string): CandidateDocument | undefined;
}

export interface PagePanelOptions {
  /** Extra CSS for whatever `renderSave` renders inside the panel's shadow root. */
  extraCss?: string;
  renderSave?: PanelProps['renderSave'];
}

/** How long to wait for the page to show the profile the URL names before saying so. */
const VERIFY_TIMEOUT_MS = 10_000;
/** After this long an unchanged page is taken to be the new URL's page (same content, other URL). */
const SAME_CONTENT_GRACE_MS = 2_500;
const URL_POLL_MS = 250;
const RELOAD_THROTTLE_MS = 1_500;

/**
 * The content script's life on a single-page site: one analysis per URL, cancelled when the URL
 * changes, a loading state until the page shows the new profile, and no result shown for any URL but
 * the one it was made for.
 */
export class PagePanelRuntime {
  private settings: Settings = DEFAULT_SETTINGS;
  private panelState: PanelState = DEFAULT_PANEL_STATE;
  private visibleByUser: boolean | undefined;
  private storedLoaded = false;
  private focusOnOpen = false;
  private mount: ShadowMount | undefined;
  private readonly layer: HighlightLayer;
  private view: PanelView | undefined;
  private url = '';
  private generation = 0;
  private analysedFingerprint: string | undefined;
  private previousFingerprint: string | undefined;
  private waitingForPage: (() => void) | undefined;
  private lastReload = 0;
  private reloadTimer: number | undefined;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly site: PageSite,
    private readonly options: PagePanelOptions = {},
  ) {
    this.layer = new HighlightLayer(document.body ?? document.documentElement);
  }

  /**
   * Reading and screening start at once; the stored settings and panel state arrive meanwhile and
   * only decide whether and where the panel shows, so nothing is drawn before they are known.
   */
  async start(): Promise<void> {
    const stored = Promise.all([loadSettings(), loadPanelState()]);
    this.watchUrl();
    this.listenForToggle();
    this.ctx.onInvalidated(() => this.watchPage(false));
    this.ctx.onInvalidated(watchSettings((settings) => this.onSettings(settings)));
    this.ctx.onInvalidated(() => {
      this.layer.dispose();
      this.mount?.unmount();
    });
    this.onUrl(pageUrl());
    // The background screened with the stored settings already; these only decide how to show it.
    [this.settings, this.panelState] = await stored;
    this.storedLoaded = true;
    if (this.visible) this.render();
    else this.stop();
  }

  private get visible(): boolean {
    return this.visibleByUser ?? this.settings.autoOpenSites.includes(this.site.site);
  }

  private onSettings(settings: Settings): void {
    const roleChanged = settings.role !== this.settings.role || settings.mustHave.join('\n') !== this.settings.mustHave.join('\n');
    const siteTurnedOn = !this.visible && (this.visibleByUser ?? settings.autoOpenSites.includes(this.site.site));
    // A corner chosen on the options page wins over an earlier drag.
    if (settings.panelCorner !== this.settings.panelCorner && this.panelState.position) {
      this.onStateChange({ ...this.panelState, position: undefined });
    }
    this.settings = settings;
    if (roleChanged || siteTurnedOn) this.reanalyse();
    else this.render();
  }

  private reanalyse(): void {
    this.url = '';
    this.analysedFingerprint = undefined;
    this.onUrl(pageUrl());
  }

  private watchUrl(): void {
    const check = () => this.onUrl(pageUrl());
    const navigation = (window as unknown as { navigation?: EventTarget }).navigation;
    if (navigation) this.ctx.addEventListener(navigation as unknown as Window, 'currententrychange' as 'focus', check);
    this.ctx.addEventListener(window, 'popstate', check);
    this.ctx.setInterval(check, URL_POLL_MS);
  }

  /**
   * One observer serves both waiting for a new profile and noticing lazily loaded sections. It only
   * runs on pages being screened: the rest of a busy site (a feed) is not watched at all.
   */
  private readonly pageObserver = new MutationObserver(() => {
    if (this.waitingForPage) this.waitingForPage();
    else if (this.view?.status === 'ready') this.scheduleReload();
  });

  private watchPage(on: boolean): void {
    if (on) this.pageObserver.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    else this.pageObserver.disconnect();
  }

  private listenForToggle(): void {
    const stopListening = onMessage('togglePanel', () => {
      this.visibleByUser = !this.visible;
      this.focusOnOpen = this.visible;
      if (this.visible) this.reanalyse();
      else this.stop();
    });
    this.ctx.onInvalidated(stopListening);
  }

  /** Hidden by the recruiter: cancel any analysis in flight and stop watching the page. */
  private stop(): void {
    this.generation++;
    this.waitingForPage = undefined;
    this.watchPage(false);
    this.layer.clear();
    this.view = undefined;
    this.render();
  }

  private onUrl(url: string): void {
    if (url === this.url) return;
    this.url = url;
    const generation = ++this.generation;
    this.waitingForPage = undefined;
    this.layer.reset();
    if (this.analysedFingerprint) this.previousFingerprint = this.analysedFingerprint;
    this.analysedFingerprint = undefined;
    const screening = this.site.isScreenable(url) && this.visible;
    this.watchPage(screening);
    if (!screening) {
      this.view = undefined;
      this.render();
      return;
    }
    this.view = { status: 'loading', url };
    this.render();
    this.readWhenShown(generation, url, performance.now());
  }

  private readWhenShown(generation: number, url: string, startedAt: number): void {
    let pollPending = false;
    const attempt = (): void => {
      if (generation !== this.generation) return;
      const elapsed = performance.now() - startedAt;
      const document = this.readSafely(url);
      const fingerprint = document && documentFingerprint(document);
      const stillPrevious = fingerprint !== undefined && fingerprint === this.previousFingerprint && elapsed < SAME_CONTENT_GRACE_MS;
      if (document && fingerprint && !stillPrevious) {
        this.waitingForPage = undefined;
        void this.screen(generation, url, document, fingerprint);
        return;
      }
      if (elapsed > VERIFY_TIMEOUT_MS) {
        this.waitingForPage = undefined;
        this.show(generation, {
          status: 'error',
          url,
          message: 'The page did not show the profile in the address bar. Reload the page to screen it.',
        });
        return;
      }
      // Wait for the page to change (mutations), and poll too: a page can change without mutating the DOM we watch.
      this.waitingForPage = retry;
      if (pollPending) return;
      pollPending = true;
      this.ctx.setTimeout(() => {
        pollPending = false;
        if (this.waitingForPage === retry) retry();
      }, 400);
    };
    const retry = throttle(attempt, 100);
    attempt();
  }

  private readSafely(url: string): CandidateDocument | undefined {
    try {
      return this.site.read(url);
    } catch {
      return undefined;
    }
  }

  private async screen(generation: number, url: string, document: CandidateDocument, fingerprint: string): Promise<void> {
    this.analysedFingerprint = fingerprint;
    const response = await requestScreening(document);
    if (generation !== this.generation || pageUrl() !== url) return;
    if (response.ok) this.show(generation, { status: 'ready', url, screening: response.screening, document });
    else if (this.view?.status !== 'ready') this.show(generation, { status: 'error', url, message: `Screening failed: ${response.error}` });
  }

  /** The page loaded more of the same profile (lazy sections): screen it again without a loading flash. */
  private scheduleReload(): void {
    if (this.reloadTimer !== undefined) return;
    const wait = Math.max(0, this.lastReload + RELOAD_THROTTLE_MS - Date.now());
    this.reloadTimer = this.ctx.setTimeout(() => {
      this.reloadTimer = undefined;
      this.lastReload = Date.now();
      this.layer.refresh();
      const url = this.url;
      if (this.view?.status !== 'ready' || pageUrl() !== url) return;
      const document = this.readSafely(url);
      if (!document) return;
      const fingerprint = documentFingerprint(document);
      if (fingerprint !== this.analysedFingerprint) void this.screen(this.generation, url, document, fingerprint);
    }, wait);
  }

  private show(generation: number, view: PanelView): void {
    if (generation !== this.generation) return;
    this.view = view;
    this.render();
  }

  private readonly onStateChange = (state: PanelState) => {
    this.panelState = state;
    this.render();
    void savePanelState(state);
  };

  private render(): void {
    if (!this.view || !this.visible || !this.storedLoaded) {
      this.mount?.root.render(null);
      return;
    }
    this.mount ??= mountInShadowRoot(PANEL_CSS + (this.options.extraCss ?? ''));
    this.mount.root.render(
      <Panel
        view={this.view}
        state={this.panelState}
        onStateChange={this.onStateChange}
        corner={this.settings.panelCorner}
        highlighter={this.layer}
        renderSave={this.options.renderSave}
        focusOnOpen={this.focusOnOpen}
      />,
    );
  }
}

/** The page's address without its fragment: jumping to an anchor is not a new page. */
function pageUrl(): string {
  return location.href.split('#')[0];
}

function throttle(fn: () => void, ms: number): () => void {
  let last = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  return () => {
    const wait = last + ms - performance.now();
    if (wait <= 0) {
      last = performance.now();
      fn();
    } else {
      timer ??= setTimeout(() => {
        timer = undefined;
        last = performance.now();
        fn();
      }, wait);
    }
  };
}
