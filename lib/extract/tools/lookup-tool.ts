import type { ToolEntry } from '../../knowledge/tools/tool-entry';
import { toolIndex } from './tool-index';
import { lookupKey } from './tool-keys';

const VERSION_SUFFIX = /^(.*[a-z+#])v?\d+(?:\.\d+)*x?$/;

// "Apache Spark (PySpark)" is also looked up without what the brackets add.
const BRACKETED = /\s*\([^)]*\)\s*/g;

/**
 * The catalogue entry for any spelling of a tool: case, spaces and punctuation do not matter, a
 * trailing version ("Python 3.11", "Vue3") or a bracketed remark ("S3 (storage)") is ignored.
 */
export function lookupTool(name: string): ToolEntry | undefined {
  if (name.length > 200) return undefined;
  const index = toolIndex().byLookupKey;
  const candidates = [name, name.replace(BRACKETED, ' ').trim()];
  for (const candidate of candidates) {
    const key = lookupKey(candidate);
    if (!key) continue;
    const direct = index.get(key);
    if (direct) return direct;
    const unversioned = VERSION_SUFFIX.exec(key)?.[1];
    if (unversioned && unversioned.length >= 2) {
      const entry = index.get(unversioned);
      if (entry) return entry;
    }
  }
  return undefined;
}
