import { RolePresetId } from '../model/screening';
import { z } from '../model/zod';
import { DEFAULT_SETTINGS } from './settings-defaults';

export { DEFAULT_SETTINGS } from './settings-defaults';

export const PanelCorner = z.enum(['top-right', 'bottom-right', 'top-left', 'bottom-left']);
export type PanelCorner = z.infer<typeof PanelCorner>;

export const AutoOpenSite = z.enum(['linkedin', 'github']);
export type AutoOpenSite = z.infer<typeof AutoOpenSite>;

/** What the recruiter chose on the options page. Every field has a default so a partial value still works. */
export const Settings = z.object({
  role: RolePresetId.catch(DEFAULT_SETTINGS.role).default(DEFAULT_SETTINGS.role),
  mustHave: z.array(z.string().trim().min(1).max(60)).max(40).catch([]).default([]),
  autoOpenSites: z
    .array(AutoOpenSite)
    .catch([...DEFAULT_SETTINGS.autoOpenSites])
    .default([...DEFAULT_SETTINGS.autoOpenSites]),
  panelCorner: PanelCorner.catch(DEFAULT_SETTINGS.panelCorner).default(DEFAULT_SETTINGS.panelCorner),
});
export type Settings = z.infer<typeof Settings>;

/**
 * Reads stored settings field by field: a corrupt or hand-edited field falls back to its default
 * instead of losing the whole object, and anything that is not an object gives the defaults.
 */
export function parseSettings(raw: unknown): Settings {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return DEFAULT_SETTINGS;
  const parsed = Settings.safeParse(raw);
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

/** Splits the must-have field as typed ("PyTorch, Kubernetes\nMLflow") into distinct tool names. */
export function parseMustHaveInput(input: string): string[] {
  const seen = new Set<string>();
  const tools: string[] = [];
  for (const part of input.split(/[,;\n]/)) {
    const tool = part.trim();
    if (!tool || tool.length > 60 || seen.has(tool.toLowerCase())) continue;
    seen.add(tool.toLowerCase());
    tools.push(tool);
  }
  return tools.slice(0, 40);
}
