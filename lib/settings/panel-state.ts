import { z } from '../model/zod';
import { DEFAULT_PANEL_STATE } from './settings-defaults';

export { clampPosition } from './panel-position';
export { DEFAULT_PANEL_STATE } from './settings-defaults';

/** How the recruiter left the panel: remembered across pages so it does not jump around. */
export const PanelState = z.object({
  collapsed: z.boolean().catch(DEFAULT_PANEL_STATE.collapsed).default(DEFAULT_PANEL_STATE.collapsed),
  expanded: z.boolean().catch(DEFAULT_PANEL_STATE.expanded).default(DEFAULT_PANEL_STATE.expanded),
  /** Top-left corner in CSS pixels after a drag; absent means "use the corner from settings". */
  position: z.object({ x: z.number().finite(), y: z.number().finite() }).optional().catch(undefined),
});
export type PanelState = z.infer<typeof PanelState>;

export function parsePanelState(raw: unknown): PanelState {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return DEFAULT_PANEL_STATE;
  const parsed = PanelState.safeParse(raw);
  return parsed.success ? parsed.data : DEFAULT_PANEL_STATE;
}
