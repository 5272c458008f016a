import { defineConfig } from 'wxt';

// Content scripts render the panel with Preact's React-compatible API: the same components, a tenth of
// react-dom's size (tests/e2e/privacy-stealth.e2e.ts holds each content script to its size budget). Extension pages
// (PDF, options, side panel) keep React itself.
const PREACT_FOR_REACT = [
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
  { find: /^react$/, replacement: 'preact/compat' },
];

// The add-on id is permanent once published: Firefox keeps saved data and updates under it.
// 140 is the first Firefox (and ESR) that reads `data_collection_permissions` (142 on Android); it also has
// the CSS Custom Highlight API the in-page highlights use. Nothing is collected or sent anywhere: `none`.
const FIREFOX_SETTINGS = {
  gecko: { id: 'shipcheck@shipcheck.extension', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
  gecko_android: { strict_min_version: '142.0' },
};

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  hooks: {
    'vite:build:extendConfig'(entrypoints, viteConfig) {
      if (!entrypoints.every((entrypoint) => entrypoint.type === 'content-script')) return;
      const alias = viteConfig.resolve?.alias;
      const existing = Array.isArray(alias) ? alias : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement }));
      viteConfig.resolve = { ...viteConfig.resolve, alias: [...PREACT_FOR_REACT, ...existing] };
    },
  },
  // One manifest version for both browsers: Firefox's MV3 keeps optional host permissions and the `action`
  // API the background uses; WXT would otherwise build Firefox as MV2 and drop them.
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'Shipcheck',
    description: 'Evidence-backed screening of ML engineer candidates on LinkedIn, GitHub and PDF resumes. Private: nothing leaves your browser.',
    // unlimitedStorage: saved candidates keep their quotes past storage.local's 10 MB; the data stays local.
    // activeTab: the shortcut on a PDF tab reads that tab's address to offer it to the PDF page.
    // Chrome's side panel needs `sidePanel`; Firefox has no such permission and shows the same page in its
    // sidebar (`sidebar_action`, which WXT writes from the sidepanel entrypoint).
    permissions: browser === 'firefox' ? ['storage', 'unlimitedStorage', 'activeTab'] : ['storage', 'unlimitedStorage', 'sidePanel', 'activeTab'],
    // Asked for one origin at a time, when the recruiter screens a PDF opened from that site.
    optional_host_permissions: ['<all_urls>'],
    // The toolbar button opens the saved-candidate list (Chrome's side panel, Firefox's sidebar); no popup.
    // Firefox would tuck the button into its extensions menu; recruiters use it all day, so it sits in the toolbar.
    action: { default_title: 'Shipcheck: saved candidates', ...(browser === 'firefox' && { default_area: 'navbar' as const }) },
    commands: {
      'toggle-panel': {
        suggested_key: { default: 'Alt+Shift+S', mac: 'Alt+Shift+S' },
        description: 'Show or hide the screening panel (on a PDF tab: screen that PDF)',
      },
    },
    // Nothing is exposed to web pages: LinkedIn probes web-accessible resources to detect extensions.
    web_accessible_resources: [],
    ...(browser === 'firefox' && { browser_specific_settings: FIREFOX_SETTINGS }),
  }),
});
