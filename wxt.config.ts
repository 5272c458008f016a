import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: {
    name: 'Shipcheck',
    description:
      'Evidence-backed screening of ML engineer candidates on LinkedIn, GitHub and PDF resumes. Private: nothing leaves your browser.',
    // activeTab: the shortcut on a PDF tab reads that tab's address to offer it to the PDF page.
    permissions: ['storage', 'sidePanel', 'activeTab'],
    // Asked for one origin at a time, when the recruiter screens a PDF opened from that site.
    optional_host_permissions: ['<all_urls>'],
    // The toolbar button opens the side panel; no popup.
    action: { default_title: 'Shipcheck: saved candidates' },
    commands: {
      'toggle-panel': {
        suggested_key: { default: 'Alt+Shift+S', mac: 'Alt+Shift+S' },
        description: 'Show or hide the screening panel (on a PDF tab: screen that PDF)',
      },
    },
    // Nothing is exposed to web pages: LinkedIn probes web-accessible resources to detect extensions.
    web_accessible_resources: [],
  },
});
