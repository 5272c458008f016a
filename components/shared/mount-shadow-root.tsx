import { createRoot, type Root } from 'react-dom/client';
import { markPanelHostForTests } from './e2e-hook';

export interface ShadowMount {
  host: HTMLElement;
  root: Root;
  unmount(): void;
}

/**
 * A React root inside a shadow root whose only styles are a constructed stylesheet built from `css`:
 * nothing is fetched, no <style> or <link> lands in the page, and the page's CSS cannot leak in. For the
 * extension's own pages (the PDF page), where no page script runs; in a website, mount-panel.ts closes the root.
 */
export function mountInShadowRoot(css: string, parent: Element = document.documentElement): ShadowMount {
  const host = document.createElement('div');
  const shadow = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  shadow.adoptedStyleSheets = [sheet];
  // Keys typed in the panel must not reach the page's own shortcuts (LinkedIn and GitHub have many).
  for (const type of ['keydown', 'keyup', 'keypress'] as const) shadow.addEventListener(type, (event) => event.stopPropagation());
  const container = document.createElement('div');
  shadow.appendChild(container);
  markPanelHostForTests(host);
  parent.appendChild(host);
  const root = createRoot(container);
  return {
    host,
    root,
    unmount() {
      root.unmount();
      host.remove();
    },
  };
}
