import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { acceptOnlyUserEvents } from './accept-only-user-events';
import { markPanelHostForTests, PANEL_SHADOW_MODE } from './e2e-hook';

/**
 * The panel's React root in a shadow root that WXT creates and removes with the content script's context: closed
 * (see e2e-hook.ts), keys typed in it kept from the page's own shortcuts, untrusted events kept from its controls.
 * The host is a plain div at the end of <html>, outside <body>, which single-page sites replace; its styles are
 * adopted as a constructed stylesheet, as before, so no <style> with the panel's CSS is written anywhere.
 */
export async function mountPanel(ctx: ContentScriptContext, css: string): Promise<Root> {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  const ui = await createShadowRootUi<Root>(ctx, {
    name: 'div',
    position: 'inline',
    anchor: () => document.documentElement,
    append: 'last',
    mode: PANEL_SHADOW_MODE,
    // The panel's stylesheet resets the host itself (`:host { all: initial }`).
    inheritStyles: true,
    isolateEvents: true,
    onMount(container, shadow, host) {
      shadow.adoptedStyleSheets = [sheet];
      acceptOnlyUserEvents(shadow);
      markPanelHostForTests(host);
      return createRoot(container);
    },
    onRemove: (root) => root?.unmount(),
  });
  ui.mount();
  return ui.mounted!;
}
