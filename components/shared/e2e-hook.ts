/**
 * The one difference between the build the end-to-end tests drive (`wxt build --mode e2e`) and every other build:
 * there the panel's shadow root is open and its host is marked, so that Playwright (which cannot pierce a closed
 * root) finds and drives the panel. Everywhere else the root is closed: the page can neither read the panel nor
 * reach its controls. Vite replaces `import.meta.env.MODE` when it builds, so the production bundle holds neither
 * the open mode nor the marker (tests/e2e/page-isolation.e2e.ts checks the built content scripts).
 */
const E2E_BUILD = import.meta.env.MODE === 'e2e';

export const PANEL_SHADOW_MODE: ShadowRootMode = E2E_BUILD ? 'open' : 'closed';

export function markPanelHostForTests(host: HTMLElement): void {
  if (E2E_BUILD) host.setAttribute('data-shipcheck-e2e', '');
}
