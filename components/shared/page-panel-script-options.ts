/**
 * What every site's panel content script declares besides its `matches`: it runs once the page's HTML
 * is parsed, its styles go into the panel's shadow root (never into the page), and it skips WXT's
 * start-up postMessage, which would carry the extension's id into the page.
 */
export const PAGE_PANEL_SCRIPT_OPTIONS = {
  runAt: 'document_end',
  cssInjectionMode: 'manual',
  noScriptStartedPostMessage: true,
} as const;
