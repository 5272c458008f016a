import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** The zip `npm run zip` makes for a browser, named as WXT names it: `<name>-<version>-<browser>.zip`. */
export function builtZip(browser: 'chrome' | 'firefox'): string {
  const { name, version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  return join(ROOT, '.output', `${name}-${version}-${browser}.zip`);
}

/** Unzips a release zip into a fresh temporary folder, as a recruiter would before "Load unpacked". */
export async function unzipToTemporaryFolder(zipFile: string): Promise<string> {
  const folder = mkdtempSync(join(tmpdir(), 'shipcheck-unzipped-'));
  const zip = await JSZip.loadAsync(readFileSync(zipFile));
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const target = join(folder, entry.name);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, await entry.async('nodebuffer'));
  }
  return folder;
}

/** The manifest fields the release tests read. */
export interface ZippedManifest {
  permissions?: string[];
  optional_host_permissions?: string[];
  side_panel?: { default_path: string };
  sidebar_action?: { default_panel: string };
  browser_specific_settings?: { gecko: { id: string; data_collection_permissions?: unknown } };
  commands?: Record<string, { suggested_key?: { default?: string } }>;
}

/** The manifest inside a release zip. */
export async function zippedManifest(zipFile: string): Promise<ZippedManifest> {
  const zip = await JSZip.loadAsync(readFileSync(zipFile));
  const manifest = zip.file('manifest.json');
  if (!manifest) throw new Error(`${zipFile} has no manifest.json`);
  return JSON.parse(await manifest.async('string'));
}

/** The text of every file in a release zip whose path starts with `folder` (e.g. `content-scripts/`). */
export async function zippedTexts(zipFile: string, folder: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(readFileSync(zipFile));
  const entries = Object.values(zip.files).filter((entry) => !entry.dir && entry.name.startsWith(folder));
  return Promise.all(entries.map((entry) => entry.async('string')));
}
