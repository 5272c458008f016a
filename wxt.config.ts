import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: {
    name: 'Shipcheck',
    description:
      'Evidence-backed screening of ML engineer candidates on LinkedIn, GitHub and PDF resumes. Private: nothing leaves your browser.',
    permissions: ['storage', 'sidePanel'],
    optional_host_permissions: ['<all_urls>'],
  },
});
