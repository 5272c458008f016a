import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR } from './launch-extension';

export interface ScriptSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

/** Size of each built content script, raw and gzipped (run `npx wxt build` first). */
export function contentScriptSizes(dir = join(EXTENSION_DIR, 'content-scripts')): ScriptSize[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.js'))
    .map((file) => {
      const bytes = readFileSync(join(dir, file));
      return { file, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
    });
}
