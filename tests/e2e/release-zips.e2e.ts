import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtZip, unzipToTemporaryFolder, zippedManifest } from './support/built-zips';
import { launchExtension, type LaunchedExtension } from './support/launch-extension';
import { sidePanelUrl } from './support/measure-sidepanel';
import { LINKEDIN_A, serveFixtures, waitForReadyPanel } from './support/panel-page';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}

// zod's check for whether `new Function` is allowed (jitless is set, so it never compiles code), and
// React's / Preact's and pdf.js's own innerHTML and dynamic import.
const KNOWN_LINT_WARNINGS = ['DANGEROUS_EVAL', 'UNSAFE_VAR_ASSIGNMENT'];

/** Mozilla's add-on linter (what addons.mozilla.org runs on a submission) over an unpacked extension. */
function webExtLint(folder: string): { errors: LintMessage[]; warnings: LintMessage[] } {
  const run = spawnSync('web-ext', ['lint', '--source-dir', folder, '--output', 'json', '--no-config-discovery'], { encoding: 'utf8' });
  if (!run.stdout.trim()) throw new Error(`web-ext lint printed nothing: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

describe('release zips (npm run zip)', () => {
  const unzipped: string[] = [];

  afterAll(() => {
    for (const folder of unzipped) rmSync(folder, { recursive: true, force: true });
  });

  describe('Chrome zip, unzipped and loaded in Chromium', () => {
    let extension: LaunchedExtension;

    beforeAll(async () => {
      const folder = await unzipToTemporaryFolder(builtZip('chrome'));
      unzipped.push(folder);
      extension = await launchExtension({ extensionDir: folder });
      await serveFixtures(extension.context, [LINKEDIN_A]);
    });

    afterAll(async () => {
      await extension?.close();
    });

    it('screens a LinkedIn profile', async () => {
      const page = await extension.context.newPage();
      await page.goto(LINKEDIN_A.url);
      const panel = await waitForReadyPanel(page);
      expect(['strong', 'potential']).toContain(await panel.locator('[data-testid="verdict"]').getAttribute('data-verdict'));
    });

    it('declares the side panel, and no Firefox settings', async () => {
      const manifest = await zippedManifest(builtZip('chrome'));
      expect(manifest.permissions).toContain('sidePanel');
      expect(manifest.side_panel?.default_path).toBe('sidepanel.html');
      expect(manifest.browser_specific_settings).toBeUndefined();
    });

    it('opens the saved-candidate list', async () => {
      const page = await extension.context.newPage();
      await page.goto(sidePanelUrl(extension.extensionId));
      await page.getByText('No saved candidates yet.').waitFor();
    });
  });

  describe('Firefox zip', () => {
    // The linter parses every bundle (pdf.js alone is 2 MB): about 20 s of CPU, more on a shared machine.
    it('passes web-ext lint with no errors', async () => {
      const folder = await unzipToTemporaryFolder(builtZip('firefox'));
      unzipped.push(folder);
      const { errors, warnings } = webExtLint(folder);
      expect(errors).toEqual([]);
      // Warnings go to a reviewer and do not block; these two come from libraries (see README, Firefox).
      expect(warnings.filter((warning) => !KNOWN_LINT_WARNINGS.includes(warning.code))).toEqual([]);
    }, 240_000);

    it('declares an add-on id, no data collection, the sidebar, and no Chrome-only permission', async () => {
      const manifest = await zippedManifest(builtZip('firefox'));
      expect(manifest.browser_specific_settings?.gecko.id).toMatch(/@/);
      expect(manifest.browser_specific_settings?.gecko.data_collection_permissions).toEqual({ required: ['none'] });
      expect(manifest.permissions).not.toContain('sidePanel');
      expect(manifest.side_panel).toBeUndefined();
      expect(manifest.sidebar_action?.default_panel).toBe('sidepanel.html');
      expect(manifest.optional_host_permissions).toEqual(['<all_urls>']);
      expect(manifest.commands?.['toggle-panel']?.suggested_key?.default).toBe('Alt+Shift+S');
    });
  });
});
