import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';

/** Starts one of the extension's own pages: its styles as a constructed stylesheet, its app in #root. */
export function renderExtensionPage(css: string, app: ReactNode): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [sheet];
  createRoot(document.getElementById('root')!).render(app);
}
